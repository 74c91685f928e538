import { z } from 'zod';
import type { ShardReport } from '../replies/reload-replies.ts';

const problem = z.object({ file: z.string(), line: z.number(), column: z.number(), message: z.string() });
const counts = z.object({ sources: z.number(), sections: z.number(), entries: z.number() });
const report = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), ms: z.number(), before: counts, after: counts, added: z.array(z.string()), removed: z.array(z.string()), changed: z.array(z.string()) }),
  z.object({ ok: z.literal(false), ms: z.number(), reason: z.enum(['problems', 'timeout', 'busy', 'error']), problems: z.array(problem) }),
]);
const shardResult = z.object({ shard: z.number(), report });

/**
 * Reads what each shard answered to a reload broadcast. It crossed a process boundary, so it is
 * checked here; a shard whose answer is malformed counts as failed, keeping its knowledge base.
 */
export function parseShardReports(results: readonly unknown[]): ShardReport[] {
  return results.map((result, index): ShardReport => {
    const parsed = shardResult.safeParse(result);
    if (parsed.success) return parsed.data;
    const message = `shard ${index} answered the reload with something unexpected`;
    return { shard: index, report: { ok: false, ms: 0, reason: 'error', problems: [{ file: '.', line: 1, column: 1, message }] } };
  }).sort((a, b) => a.shard - b.shard);
}
