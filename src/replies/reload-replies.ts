import { problemCount } from '../knowledge/problem-list.ts';
import { formatProblem, plural } from '../knowledge/summary.ts';
import type { LastGoodNotice, ReloadReport, ShardReport } from '../reload/reload-report.ts';
import { longDate } from '../text/dates.ts';
import type { Card, Reply } from './view.ts';

/** Problems listed in full in a report; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

const ids = (list: readonly string[]) => (list.length === 0 ? 'none' : list.join(', '));

/** The lines of a failure: why, the first problems with their places, and a count of the rest. */
export function failureLines(report: Extract<ReloadReport, { ok: false }>): string[] {
  switch (report.reason) {
    case 'busy':
      return ['Another reload is running; try again when it has finished.'];
    case 'timeout':
      return [`Loading took longer than allowed and was abandoned after ${report.ms} ms.`];
    case 'held':
      return report.problems.map((p) => `The file watcher ${p.message}`);
    default: {
      const shown = report.problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `\`${formatProblem(p)}\``);
      const count = problemCount(report.problems);
      const rest = count - shown.length;
      return [
        `${plural(count, 'problem')} in the knowledge files:`,
        ...shown,
        ...(rest > 0 ? [`…and ${rest} more (run npm run kb:check for all).`] : []),
      ];
    }
  }
}

/** One line for a successful reload: counts before → after and the time it took. */
export function successLine(report: Extract<ReloadReport, { ok: true }>): string {
  const { before: b, after: a } = report;
  return (
    `Sources ${b.sources} → ${a.sources}, sections ${b.sections} → ${a.sections}, entries ${b.entries} ` +
    `→ ${a.entries}; took ${report.ms} ms.`
  );
}

/** The entries a successful reload added, removed and changed, as report fields. */
function diffFields(report: Extract<ReloadReport, { ok: true }>): { name: string; value: string }[] {
  return [
    { name: `Added (${report.added.length})`, value: ids(report.added) },
    { name: `Removed (${report.removed.length})`, value: ids(report.removed) },
    { name: `Changed (${report.changed.length})`, value: ids(report.changed) },
  ];
}

/** "29 November 2026, 03:12 UTC" for an ISO 8601 time. */
const savedAt = (iso: string) => `${longDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;

/**
 * What an admin must know when the bot started on its last good copy: while reloads fail, that
 * the files on disk are broken; once one succeeds, that it is back on them.
 */
export function lastGoodField(report: ReloadReport): { name: string; value: string }[] {
  const notice: LastGoodNotice | undefined = report.lastGood;
  if (!notice) return [];
  const why = `the files on disk had ${plural(notice.problems, 'problem')} when the bot started`;
  return report.ok
    ? [
        {
          name: 'Back on the files',
          value:
            `The bot had started on the last good copy of the knowledge base (saved ${savedAt(notice.savedAt)}) ` +
            `because ${why}. It now answers from the files.`,
        },
      ]
    : [onLastGoodField(notice)];
}

/** The warning shown to admins (on /reload and /insights) while the bot answers from its last good copy. */
export function onLastGoodField(notice: LastGoodNotice): { name: string; value: string } {
  return {
    name: 'Running on the last good copy',
    value:
      `The files on disk are broken: they had ${plural(notice.problems, 'problem')} when the bot started, so it ` +
      `started on the last good copy of the knowledge base, saved ${savedAt(notice.savedAt)}. People get answers ` +
      `from that copy until a reload succeeds.`,
  };
}

/** The admin's report on a reload of this process's knowledge base. */
export function reloadReply(report: ReloadReport): Reply {
  if (!report.ok) {
    const card: Card = {
      tone: 'error',
      title: 'Reload failed: the knowledge base in use did not change',
      description: failureLines(report).join('\n'),
      fields: lastGoodField(report),
    };
    return { cards: [card], rows: [], ephemeral: true };
  }
  const card: Card = {
    tone: 'browse',
    title: 'Knowledge base reloaded',
    description: successLine(report),
    fields: [...lastGoodField(report), ...diffFields(report)],
  };
  return { cards: [card], rows: [], ephemeral: true };
}

/** The admin's report on a reload across shards: every shard's result, failures named. */
export function shardedReloadReply(reports: readonly ShardReport[]): Reply {
  const failed = reports.filter((r) => !r.report.ok);
  const first = reports.find((r) => r.report.ok)?.report;
  const lines = reports.map(({ shard, report }) =>
    report.ok
      ? `Shard ${shard}: reloaded. ${successLine(report)}`
      : `Shard ${shard}: failed, kept its knowledge base. ${failureLines(report)[0] ?? ''}`,
  );
  const notice = reports.find((r) => r.report.lastGood)?.report;
  const fields = [...(notice ? lastGoodField(notice) : []), ...(first?.ok ? diffFields(first) : [])];
  const problems = failed.map((f) => f.report).find((r) => !r.ok && r.problems.length > 0);
  if (problems && !problems.ok)
    fields.push({ name: 'Problems', value: failureLines(problems).slice(1).join('\n') || 'none listed' });
  const card: Card = {
    tone: failed.length === 0 ? 'browse' : 'error',
    title:
      failed.length === 0
        ? `Knowledge base reloaded on all ${plural(reports.length, 'shard')}`
        : `Reload failed on ${failed.length} ` +
          `of ${plural(reports.length, 'shard')}: ${failed.map((f) => `shard ${f.shard}`).join(', ')} kept the ` +
          `knowledge base in use`,
    description: lines.join('\n'),
    fields,
  };
  return { cards: [card], rows: [], ephemeral: true };
}
