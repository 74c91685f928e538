import type { Client } from 'discord.js';
import type { Reloader } from '../reload/reloader.ts';
import { parseShardReports } from '../reload/shard-reports.ts';
import { reloadReply, shardedReloadReply } from '../replies/reload-replies.ts';
import type { Reply } from '../replies/view.ts';

// How a broadcast finds this process's reloader: broadcastEval sends the *source* of a function
// to every shard, so it can reach only globals, not this module's bindings.
const RELOAD_HOOK = Symbol.for('counterpoint.reload');

/** Makes this process's reloader reachable by reloadOnShard. */
export function exposeReloader(reloader: Reloader): void {
  Reflect.set(globalThis, RELOAD_HOOK, () => reloader.reload());
}

/**
 * What every shard runs when any shard is asked to reload: its own reload, reported with its id.
 * Self-contained on purpose (it is serialised by broadcastEval).
 */
export async function reloadOnShard(client: Client): Promise<unknown> {
  const hook: unknown = Reflect.get(globalThis, Symbol.for('counterpoint.reload'));
  const shard = client.shard?.ids[0] ?? 0;
  if (typeof hook !== 'function') {
    return { shard, report: { ok: false, ms: 0, reason: 'error', problems: [{ file: '.', line: 1, column: 1, message: 'this shard has no reloader' }] } };
  }
  return { shard, report: await hook() };
}

/** Reloads here, or on every shard when running under the ShardingManager, and reports. */
export async function reloadEverywhere(client: Client, reloader: Reloader): Promise<Reply> {
  if (!client.shard) return reloadReply(await reloader.reload());
  const results: unknown[] = await client.shard.broadcastEval(reloadOnShard);
  return shardedReloadReply(parseShardReports(results));
}
