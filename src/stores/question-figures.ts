// What /insights shows of a period, put together from the few rows each store's queries return:
// one piece of arithmetic for every database, so that SQLite and PostgreSQL cannot drift apart.
import { dayOf } from './question-text.ts';
import type { Period, QuestionFigures, Unanswered } from './records.ts';

/** Rows shown per list in a summary. */
export const LISTED = 5;

/** A period's first day (whole UTC days since the epoch), the oldest day its figures count. */
export const firstDayOf = ({ days, now }: Period): number => dayOf(now) - days + 1;

/** One entry's votes in a period. */
export interface VoteCounts {
  readonly entry_id: string;
  readonly up: number;
  readonly down: number;
}

/** The rows a store reads for a period's figures. */
export interface FigureRows {
  /** Questions and answered questions per day that had any. */
  readonly days: readonly { readonly day: number; readonly count: number; readonly answered: number }[];
  /** The LISTED most answered entries, most first. */
  readonly top: readonly { readonly entry_id: string; readonly count: number }[];
  /** Every entry's votes in the period, by entry id. */
  readonly votes: ReadonlyMap<string, VoteCounts>;
  readonly unanswered: Unanswered;
}

/**
 * A period's figures from its rows: questions per day (0 for a day without any), the totals, the
 * most asked entries with their votes beside them, and the entries voted not helpful, most first.
 */
export function questionFigures(period: Period, rows: FigureRows): QuestionFigures {
  const first = firstDayOf(period);
  const perDay = Array.from({ length: period.days }, () => 0);
  let asked = 0;
  let answered = 0;
  for (const row of rows.days) {
    perDay[row.day - first] = row.count;
    asked += row.count;
    answered += row.answered;
  }
  const { votes } = rows;
  const mostAsked = rows.top.map(({ entry_id: entryId, count }) => ({
    entryId,
    count,
    helpful: votes.get(entryId)?.up ?? 0,
    notHelpful: votes.get(entryId)?.down ?? 0,
  }));
  const notHelpful = [...votes.values()]
    .filter((v) => v.down > 0)
    .sort((a, b) => b.down - a.down || a.entry_id.localeCompare(b.entry_id))
    .slice(0, LISTED)
    .map((v) => ({ entryId: v.entry_id, helpful: v.up, notHelpful: v.down }));
  const { days, guildId } = period;
  return { days, guildId, asked, answered, perDay, unanswered: rows.unanswered, mostAsked, notHelpful };
}
