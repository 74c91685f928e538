import type { Client } from 'discord.js';
import { z } from 'zod';
import { awaitHosts } from '../reload/host-tally.ts';
import type { KnowledgeSync } from '../reload/knowledge-sync.ts';
import type { Reloader } from '../reload/reloader.ts';
import type { ReloadGuard, ReloadOrigin, ShardReport } from '../reload/reload-report.ts';
import { reloadReply, shardedReloadReply } from '../replies/reload-replies.ts';
import { sharedReloadReply } from '../replies/shared-reload-replies.ts';
import type { Reply } from '../replies/view.ts';

// How a broadcast finds this process's reloader: broadcastEval sends the *source* of a function
// to every shard, so it can reach only globals, not this module's bindings.
const RELOAD_HOOK = Symbol.for('counterpoint.reload');

/** Makes this process's reloader reachable by reloadOnShard. */
export function exposeReloader(reloader: Reloader): void {
  Reflect.set(globalThis, RELOAD_HOOK, (request: ReloadRequest) => reloader.reload(request.origin, request.guard));
}

/** What a broadcast asks every shard: a reload, who asked, and the watcher's guard if it is the watcher. */
export interface ReloadRequest {
  readonly origin: ReloadOrigin;
  readonly guard?: ReloadGuard;
}

/**
 * What every shard runs when any shard is asked to reload: its own reload, reported with its id.
 * Self-contained on purpose (it is serialised by broadcastEval).
 */
export async function reloadOnShard(client: Client, request: ReloadRequest): Promise<unknown> {
  const hook: unknown = Reflect.get(globalThis, Symbol.for('counterpoint.reload'));
  const shard = client.shard?.ids[0] ?? 0;
  if (typeof hook !== 'function') {
    return {
      shard,
      report: {
        ok: false,
        ms: 0,
        reason: 'error',
        problems: [{ file: '.', line: 1, column: 1, message: 'this shard has no reloader' }],
      },
    };
  }
  return { shard, report: await hook(request) };
}

/**
 * Reloads here, and everywhere else: through the shared database when hosts share one (every host,
 * and every shard, loads the published version), else on every shard of this host when running
 * under the ShardingManager. Reports.
 */
export async function reloadEverywhere(
  client: Client,
  reloader: Reloader,
  origin: ReloadOrigin,
  sync?: KnowledgeSync,
): Promise<Reply> {
  if (sync) {
    const report = await reloader.reload(origin);
    if (!report.ok) return reloadReply(report);
    const published = await sync.publishApplied();
    if ('reason' in published) return sharedReloadReply(report, published);
    return sharedReloadReply(report, { tally: await awaitHosts(sync.shared, published.version) });
  }
  if (!client.shard) return reloadReply(await reloader.reload(origin));
  const results: unknown[] = await client.shard.broadcastEval(reloadOnShard, { context: { origin } });
  return shardedReloadReply(parseShardReports(results));
}

const problem = z.object({ file: z.string(), line: z.number(), column: z.number(), message: z.string() });
const counts = z.object({ sources: z.number(), sections: z.number(), entries: z.number() });
const lastGood = z.object({ savedAt: z.string(), problems: z.number() }).optional();
const report = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    ms: z.number(),
    before: counts,
    after: counts,
    added: z.array(z.string()),
    removed: z.array(z.string()),
    changed: z.array(z.string()),
    lastGood,
  }),
  z.object({
    ok: z.literal(false),
    ms: z.number(),
    reason: z.enum(['problems', 'timeout', 'busy', 'error', 'held']),
    problems: z.array(problem),
    lastGood,
  }),
]);
const shardResult = z.object({ shard: z.number(), report });

/**
 * Reads what each shard answered to a reload broadcast. It crossed a process boundary, so it is
 * checked here; a shard whose answer is malformed counts as failed, keeping its knowledge base.
 */
export function parseShardReports(results: readonly unknown[]): ShardReport[] {
  return results
    .map((result, index): ShardReport => {
      const parsed = shardResult.safeParse(result);
      if (parsed.success) return parsed.data;
      const message = `shard ${index} answered the reload with something unexpected`;
      return {
        shard: index,
        report: { ok: false, ms: 0, reason: 'error', problems: [{ file: '.', line: 1, column: 1, message }] },
      };
    })
    .sort((a, b) => a.shard - b.shard);
}
