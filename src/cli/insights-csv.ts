import { dayOf } from '../stores/question-text.ts';
import type { InsightsSummary } from '../stores/records.ts';

/** A CSV field, quoted when it must be (RFC 4180). */
const field = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * A summary as one CSV table, one row per item: `kind` says which list it belongs to (day,
 * unanswered, most_asked, not_helpful, total), `item` the day, question or entry id.
 */
export function summaryCsv(summary: InsightsSummary, now: number): string {
  const rows: (string | number)[][] = [['kind', 'item', 'count', 'helpful', 'not_helpful']];
  rows.push(['total', 'asked', summary.asked, '', ''], ['total', 'answered', summary.answered, '', '']);
  const first = dayOf(now) - summary.days + 1;
  summary.perDay.forEach((count, i) =>
    rows.push(['day', new Date((first + i) * 86_400_000).toISOString().slice(0, 10), count, '', '']),
  );
  for (const u of summary.unanswered) rows.push(['unanswered', u.text, u.count, '', '']);
  for (const m of summary.mostAsked) rows.push(['most_asked', m.entryId, m.count, m.helpful, m.notHelpful]);
  for (const n of summary.notHelpful) rows.push(['not_helpful', n.entryId, '', n.helpful, n.notHelpful]);
  return rows.map((row) => row.map(field).join(',')).join('\n') + '\n';
}
