import { plural } from '../knowledge/summary.ts';
import type { HostTally } from '../reload/host-tally.ts';
import type { ReloadReport } from '../reload/reload-report.ts';
import { reloadReply } from './reload-replies.ts';
import type { Reply } from './view.ts';

/** What sharing a reload with the other hosts came to: a tally, or why it could not be shared. */
export type Shared = { readonly tally: HostTally } | { readonly reason: string };

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
 * The admin's report on a reload shared through the database (DATABASE_URL): this host's report,
 * with how many hosts serve the new version and which failed, or why it was not shared.
 */
export function sharedReloadReply(report: ReloadReport, shared: Shared): Reply {
  const reply = reloadReply(report);
  const [card] = reply.cards;
  if (!report.ok || !card) return reply;
  const complete = 'tally' in shared && shared.tally.failed.length === 0 && shared.tally.silent.length === 0;
  const field =
    'tally' in shared
      ? { name: 'Hosts', value: hostLines(shared.tally).join('\n') }
      : {
          name: 'Not shared with other hosts',
          value:
            `This host answers from the new files; the others keep theirs until the database is back ` +
            `(${shared.reason}). It is shared then, unless another host shares a newer version first.`,
        };
  const title = 'tally' in shared ? `Knowledge base reloaded: version ${shared.tally.version}` : card.title;
  return {
    ...reply,
    cards: [{ ...card, title, tone: complete ? card.tone : 'error', fields: [field, ...(card.fields ?? [])] }],
  };
}
