import type { KnowledgeSync, Published } from './knowledge-sync.ts';
import { LIVE_MS, type HostState, type SharedKnowledge } from './shared-knowledge.ts';

/** After a version was published: which hosts serve it, which failed to load it, which have not said. */
export interface HostTally {
  readonly version: number;
  readonly serving: readonly string[];
  readonly failed: readonly { readonly host: string; readonly reason: string }[];
  readonly silent: readonly string[];
}

/** How long a /reload waits for the other hosts to load a version before it reports. */
export const TALLY_WAIT_MS = 10_000;
const POLL_MS = 200;

/** Sorts the hosts heard from lately by what they did with `version`. */
export function tally(version: number, hosts: readonly HostState[]): HostTally {
  const serving = hosts.filter((h) => h.version !== undefined && h.version >= version);
  const failed = hosts.filter((h) => !serving.includes(h) && h.failed !== undefined && h.failed.version >= version);
  return {
    version,
    serving: serving.map((h) => h.host),
    failed: failed.map((h) => ({ host: h.host, reason: h.failed?.reason ?? 'unknown' })),
    silent: hosts.filter((h) => !serving.includes(h) && !failed.includes(h)).map((h) => h.host),
  };
}

/**
 * Waits until every host heard from in the last LIVE_MS has loaded `version` or failed to, or
 * until `waitMs` has passed; then says which did what.
 */
export async function awaitHosts(shared: SharedKnowledge, version: number, waitMs = TALLY_WAIT_MS): Promise<HostTally> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const outcome = tally(version, await shared.hosts(LIVE_MS));
    if (outcome.silent.length === 0 || Date.now() >= deadline) return outcome;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** What sharing a reload came to, for the reply: which hosts serve it, or why it was not shared. */
export type Shared = { readonly tally: HostTally } | { readonly reason: string; readonly later: boolean };

/** The tally for what `published` says (undefined: nothing was published, the reload failed). */
export async function sharedOutcome(
  sync: KnowledgeSync,
  published: Published | undefined,
  waitMs = TALLY_WAIT_MS,
): Promise<Shared | undefined> {
  if (!published || 'reason' in published) return published;
  return awaitHosts(sync.shared, published.version, waitMs).then(
    (outcome) => ({ tally: outcome }),
    (error: unknown) => ({
      reason: `which hosts serve it could not be read (${error instanceof Error ? error.message : String(error)})`,
      later: false,
    }),
  );
}
