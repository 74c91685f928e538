import type { Client } from 'discord.js';
import { z } from 'zod';
import { sharedOutcome } from '../reload/host-tally.ts';
import type { KnowledgeSync } from '../reload/knowledge-sync.ts';
import type { Reloader } from '../reload/reloader.ts';
import type { ReloadGuard, ReloadOrigin, ShardReport } from '../reload/reload-report.ts';
import { reloadReply, shardedReloadReply } from '../replies/reload-replies.ts';
import { withHosts } from '../replies/shared-reload-replies.ts';
import type { Reply } from '../replies/view.ts';

// How a broadcast finds this process's reloader: broadcastEval sends the *source* of a function
// to every shard, so it can reach only globals, not this module's bindings.
const RELOAD_HOOK = Symbol.for('counterpoint.reload');

/**
 * Makes this process's reloader reachable by reloadOnShard; with hosts sharing a database, through
 * `sync`, so that each shard's reload is also shared (the shards of one host publish one version).
 */
export function exposeReloader(reloader: Reloader, sync?: KnowledgeSync): void {
  Reflect.set(globalThis, RELOAD_HOOK, async (request: ReloadRequest) =>
    sync ? (await sync.reload(request.origin, request.guard)).report : reloader.reload(request.origin, request.guard),
  );
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
 * Reloads here, on every shard of this host when running under the ShardingManager, and, when
 * hosts share a database, on every other host (each loads the version published). Reports.
 */
export async function reloadEverywhere(
  client: Client,
  reloader: Reloader,
  origin: ReloadOrigin,
  sync?: KnowledgeSync,
): Promise<Reply> {
  if (client.shard) {
    const results: unknown[] = await client.shard.broadcastEval(reloadOnShard, { context: { origin } });
    const reply = shardedReloadReply(parseShardReports(results));
    return sync ? withHosts(reply, await sharedOutcome(sync, sync.lastPublished)) : reply;
  }
  if (!sync) return reloadReply(await reloader.reload(origin));
  const { report, published } = await sync.reload(origin);
  return withHosts(reloadReply(report), await sharedOutcome(sync, published));
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
