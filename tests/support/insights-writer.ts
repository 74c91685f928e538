// Run as its own process by tests/stores/sqlite-database.test.ts: records `count` questions in
// batches of ten into DATA_DIR's database, as one shard of start:sharded would.
import { openSqliteStores } from '../../src/stores/sqlite/sqlite-stores.ts';

const [dataDir = '', count = '0', tag = 'x'] = process.argv.slice(2);
const stores = openSqliteStores(dataDir);
for (let i = 0; i < Number(count); i += 10) {
  await stores.questions.record(
    Array.from({ length: 10 }, (_, j) => ({
      at: Date.now(),
      guildId: '1300000000000000001',
      via: 'ask' as const,
      question: `question ${tag} ${i + j}`,
      verdict: 'not-answered',
      entryId: undefined,
      candidates: [],
      latencyMs: 0.1,
    })),
  );
  // Let the other writer in between batches, as shards interleave.
  await new Promise((resolve) => setImmediate(resolve));
}
await stores.close();
