import type { InsightsSummary, ReloadEvent } from '../stores/records.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { LastGoodNotice } from '../reload/reload-report.ts';
import { onLastGoodField } from './reload-replies.ts';
import { encodeControl } from './custom-id.ts';
import { echoed } from './echo.ts';
import { sparkline } from './sparkline.ts';
import { notice, type Control, type Reply } from './view.ts';

/** The periods /insights offers. */
export const INSIGHTS_PERIODS: readonly number[] = [7, 30];
/** Most characters of a grouped question shown. */
const QUESTION_CHARS = 90;

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);
const lines = (list: readonly string[]) => (list.length > 0 ? list.join('\n') : 'none yet');

/** An entry by its topic, as admins pick it elsewhere; the id only for an entry since removed. */
const topicOf = (kb: KnowledgeBase, id: string) =>
  kb.entryById.get(id)?.topic ?? `${id} (no longer in the knowledge base)`;

function reloadLine(r: ReloadEvent): string {
  const when = `<t:${Math.floor(r.at / 1000)}:R>`;
  const who = r.by ? ` by ${echoed(r.by.replace(/ \(\d+\).*$/, ''), 40)}` : '';
  const what = r.ok
    ? `${r.entriesBefore ?? '?'} → ${r.entriesAfter ?? '?'} entries (+${r.added.length} −${r.removed.length} ` +
      `~${r.changed.length})`
    : `failed (${r.reason ?? 'error'})`;
  return `${when} via ${r.via}${who}: ${what}`;
}

/**
 * `/insights` for a period: how much was asked and answered, a per-day trend, what went
 * unanswered, the most asked arguments with their votes, those voted not helpful, the last
 * reloads; buttons switch the period. Only for admins, only to them.
 */
export function insightsReply(
  kb: KnowledgeBase,
  summary: InsightsSummary | undefined,
  unavailable: string | undefined,
  lastGood?: LastGoodNotice,
): Reply {
  if (!summary)
    return notice(
      'Insights unavailable',
      `The question log cannot be read: ${unavailable ?? 'unknown reason'}. Answers are not affected.`,
    );
  const { days, asked, answered, perDay } = summary;
  const description = [
    `**${asked.toLocaleString('en-US')}** questions, **${percent(answered, asked)}** answered.`,
    `\`${sparkline(perDay)}\` per day, oldest first (most: ${Math.max(0, ...perDay)}).`,
  ].join('\n');
  const fields = [
    // First: what the curator must fix before anything these figures suggest.
    ...(lastGood ? [onLastGoodField(lastGood)] : []),
    {
      name: 'Top unanswered',
      value: lines(summary.unanswered.map((u) => `${u.count}× “${echoed(u.text, QUESTION_CHARS)}”`)),
    },
    {
      name: 'Most asked',
      value: lines(
        summary.mostAsked.map((m) => {
          const votes = m.helpful + m.notHelpful;
          const share = votes > 0 ? ` (${percent(m.helpful, votes)} helpful of ${votes})` : '';
          return `${m.count}× ${topicOf(kb, m.entryId)}${share}`;
        }),
      ),
    },
    {
      name: 'Voted not helpful',
      value: lines(
        summary.notHelpful.map((n) => `${topicOf(kb, n.entryId)}: ${n.notHelpful} not helpful, ${n.helpful} helpful`),
      ),
    },
    { name: 'Last reloads', value: lines(summary.reloads.map(reloadLine)) },
  ];
  const buttons: Control[] = INSIGHTS_PERIODS.map((d) => ({
    kind: 'button',
    id: encodeControl({ action: 'insights', days: d }),
    label: `Last ${d} days`,
    primary: d === days,
  }));
  return {
    cards: [{ tone: 'browse', title: `Insights: the last ${days} days`, description, fields }],
    rows: [buttons],
    ephemeral: true,
  };
}
