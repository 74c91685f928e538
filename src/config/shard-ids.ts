import { z } from 'zod';

/** Most shards one list may name: far past what one host can run, and a bound on "0-99999999". */
const MAX_SHARDS = 1_000;

/**
 * SHARD_IDS, the shards this host runs when several hosts split one bot: numbers and ranges,
 * comma-separated ("0-3", "4,5,6", "0-1,8"), as a sorted list without repeats.
 */
export const shardIdsSchema = z.string().transform((text, ctx) => {
  const ids = new Set<number>();
  for (const part of text.split(',').map((p) => p.trim())) {
    const range = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    const from = Number(range?.[1]);
    const to = Number(range?.[2] ?? range?.[1]);
    if (!range || to < from || to - from >= MAX_SHARDS) {
      ctx.addIssue({ code: 'custom', message: `"${part}" is not a shard number or range (e.g. 0-3 or 4,5,6)` });
      return z.NEVER;
    }
    for (let id = from; id <= to; id++) ids.add(id);
  }
  if (ids.size > MAX_SHARDS) {
    ctx.addIssue({ code: 'custom', message: `names more than ${MAX_SHARDS} shards` });
    return z.NEVER;
  }
  return [...ids].sort((a, b) => a - b);
});

/**
 * Why SHARD_IDS does not fit TOTAL_SHARDS, or undefined: hosts that split a bot must agree on the
 * total (so "auto", which Discord may change between starts, will not do), and every id is below it.
 */
export function shardIdsProblem(ids: readonly number[] | undefined, total: number | 'auto'): string | undefined {
  if (!ids) return undefined;
  if (total === 'auto') return 'SHARD_IDS: needs TOTAL_SHARDS as a number, the same on every host (not "auto")';
  const outside = ids.filter((id) => id >= total);
  if (outside.length > 0)
    return `SHARD_IDS: shard ${outside.join(', ')} is not below TOTAL_SHARDS (${total}); shards count from 0`;
  return undefined;
}
