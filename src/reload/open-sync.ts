import { PostgresSharedKnowledge } from '../stores/postgres/knowledge-versions.ts';
import { KnowledgeSync } from './knowledge-sync.ts';
import type { SyncLog } from './shared-knowledge.ts';
import type { LastGood } from './last-good.ts';
import type { Reloader } from './reloader.ts';

/** What joining the other hosts needs from the configuration. */
export interface SyncConfig {
  readonly DATABASE_URL?: string | undefined;
  readonly HOST_NAME: string;
}

/**
 * This process's name among the hosts: HOST_NAME, and under the sharding manager (which gives each
 * shard process its ids in SHARDS) the shards it runs, since each shard process loads on its own.
 */
export function hostLabel(hostName: string, shards: string | undefined = process.env.SHARDS): string {
  const ids = shards?.replace(/[[\]\s]/g, '');
  return ids ? `${hostName}/shard-${ids.replaceAll(',', '+')}` : hostName;
}

/**
 * With DATABASE_URL, joins the hosts that share it: serves the version they serve (loading it if
 * this host's files differ, or sharing this host's files when none is shared yet), and from then
 * on each newer one. Resolves once caught up, or after a bounded wait when the server cannot be
 * reached (then this host answers from its files and catches up when the server is back). Without
 * DATABASE_URL there is nothing to share: undefined.
 */
export async function openKnowledgeSync(
  config: SyncConfig,
  reloader: Reloader,
  lastGood: LastGood,
  log: SyncLog,
): Promise<KnowledgeSync | undefined> {
  if (!config.DATABASE_URL) return undefined;
  const shared = new PostgresSharedKnowledge(config.DATABASE_URL, (message) => log.warn({}, message));
  const sync = new KnowledgeSync(shared, reloader, lastGood, hostLabel(config.HOST_NAME), log);
  await sync.start();
  return sync;
}
