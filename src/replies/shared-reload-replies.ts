import { plural } from '../knowledge/summary.ts';
import type { HostTally, Shared } from '../reload/host-tally.ts';
import type { Reply } from './view.ts';

const names = (hosts: readonly string[]) => hosts.map((h) => `\`${h}\``).join(', ');

/** The lines saying which hosts serve the new version, which failed (and why), which did not answer. */
export function hostLines(tally: HostTally): string[] {
  const all = tally.serving.length + tally.failed.length + tally.silent.length;
  return [
    `${tally.serving.length} of ${plural(all, 'host')} serve version ${tally.version}: ${names(tally.serving)}.`,
    ...tally.failed.map((f) => `\`${f.host}\` failed and keeps the version it had: ${f.reason}`),
    ...(tally.silent.length > 0 ? [`Not answered yet: ${names(tally.silent)}.`] : []),
  ];
}

/**
 * An admin's reload report (one process's, or every shard's) with what sharing it with the other
 * hosts came to (DATABASE_URL): how many serve the new version and which failed, or why it was not
 * shared. Unchanged when nothing was shared (the reload failed).
 */
export function withHosts(reply: Reply, shared: Shared | undefined): Reply {
  const [card, ...rest] = reply.cards;
  if (!shared || !card) return reply;
  const complete = 'tally' in shared && shared.tally.failed.length === 0 && shared.tally.silent.length === 0;
  const field =
    'tally' in shared
      ? { name: 'Hosts', value: hostLines(shared.tally).join('\n') }
      : {
          name: 'Not shared with other hosts',
          value:
            `This host answers from the new files; the others keep theirs (${shared.reason}).` +
            (shared.later ? ' They are shared once the database is back, unless a newer version is shared first.' : ''),
        };
  // A reload that failed on some shard keeps its title, which names them.
  const title =
    'tally' in shared && card.tone !== 'error'
      ? `Knowledge base reloaded: version ${shared.tally.version}`
      : card.title;
  const tone = complete ? card.tone : 'error';
  return { ...reply, cards: [{ ...card, title, tone, fields: [field, ...(card.fields ?? [])] }, ...rest] };
}
