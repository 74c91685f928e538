// Run as its own process by tests/insights/concurrency.test.ts: records `count` questions in
// batches of ten into DATA_DIR's database, as one shard of start:sharded would.
import { SqliteInsightsStore } from '../../src/insights/sqlite-store.ts';

const [dataDir = '', count = '0', tag = 'x'] = process.argv.slice(2);
const store = SqliteInsightsStore.open(dataDir);
for (let i = 0; i < Number(count); i += 10) {
  store.recordQuestions(Array.from({ length: 10 }, (_, j) => ({
    at: Date.now(), guildId: '1300000000000000001', via: 'ask' as const, question: `question ${tag} ${i + j}`, verdict: 'not-answered',
    entryId: undefined, candidates: [], latencyMs: 0.1,
  })));
  // Let the other writer in between batches, as shards interleave.
  await new Promise((resolve) => setImmediate(resolve));
}
store.close();
