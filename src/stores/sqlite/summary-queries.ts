import { dayOf } from '../question-text.ts';
import type { Period, QuestionFigures, Unanswered } from '../records.ts';
import type { SqliteDatabase } from './database.ts';

/** Rows shown per list in a summary. */
const LISTED = 5;

/** The period's first day, and the guild filter as SQL with its parameters. */
function scope({ days, guildId, now }: Period): { first: number; where: string; params: (string | number)[] } {
  const first = dayOf(now) - days + 1;
  return guildId === undefined
    ? { first, where: 'day >= ?', params: [first] }
    : { first, where: 'day >= ? AND guild_id = ?', params: [first, guildId] };
}

/** The unanswered questions of a period grouped by their normalised text, most asked first. */
export function unansweredOf(db: SqliteDatabase, period: Period & { readonly limit: number }): Unanswered {
  const { where, params } = scope(period);
  return db
    .prepare(
      `SELECT normalized AS text, SUM(count) AS count FROM daily_unanswered WHERE ${where}
    GROUP BY normalized ORDER BY count DESC, normalized LIMIT ?`,
    )
    .all(...params, period.limit) as Unanswered;
}

interface EntryCount {
  entry_id: string;
  count: number;
}

interface VoteCounts {
  entry_id: string;
  up: number;
  down: number;
}

/** The votes of a period per entry. */
function votesOf(db: SqliteDatabase, period: Period, first: number): Map<string, VoteCounts> {
  const where = period.guildId === undefined ? 'at >= ?' : 'at >= ? AND guild_id = ?';
  const params = period.guildId === undefined ? [first * 86_400_000] : [first * 86_400_000, period.guildId];
  const rows = db
    .prepare(
      `SELECT entry_id, SUM(helpful) AS up, SUM(1 - helpful) AS down FROM votes WHERE ${where}
    GROUP BY entry_id`,
    )
    .all(...params) as VoteCounts[];
  return new Map(rows.map((v) => [v.entry_id, v]));
}

/**
 * Everything /insights shows of a period's questions, from the daily tables (a few rows per day
 * and entry) and the votes, never by scanning the questions themselves.
 */
export function summaryOf(db: SqliteDatabase, period: Period): QuestionFigures {
  const { first, where, params } = scope(period);
  const days = db
    .prepare(
      `SELECT day, SUM(count) AS count,
    SUM(CASE WHEN answered = 1 THEN count ELSE 0 END) AS answered
    FROM daily WHERE ${where} GROUP BY day`,
    )
    .all(...params) as { day: number; count: number; answered: number }[];
  const perDay = Array.from({ length: period.days }, () => 0);
  let asked = 0;
  let answered = 0;
  for (const row of days) {
    perDay[row.day - first] = row.count;
    asked += row.count;
    answered += row.answered;
  }
  const votes = votesOf(db, period, first);
  const top = db
    .prepare(
      `SELECT entry_id, SUM(count) AS count FROM daily
    WHERE ${where} AND answered = 1 AND entry_id != ''
    GROUP BY entry_id ORDER BY count DESC, entry_id LIMIT ?`,
    )
    .all(...params, LISTED) as EntryCount[];
  const mostAsked = top.map(({ entry_id: entryId, count }) => ({
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
  return {
    days: period.days,
    guildId: period.guildId,
    asked,
    answered,
    perDay,
    unanswered: unansweredOf(db, { ...period, limit: LISTED }),
    mostAsked,
    notHelpful,
  };
}
