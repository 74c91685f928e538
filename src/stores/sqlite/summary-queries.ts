import { firstDayOf, LISTED, questionFigures, type FigureRows, type VoteCounts } from '../question-figures.ts';
import type { Period, QuestionFigures, Unanswered } from '../records.ts';
import type { SqliteDatabase } from './database.ts';

/** The period's first day, and the guild filter as SQL with its parameters. */
function scope(period: Period): { first: number; where: string; params: (string | number)[] } {
  const { guildId } = period;
  const first = firstDayOf(period);
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
    .all(...params) as FigureRows['days'];
  const top = db
    .prepare(
      `SELECT entry_id, SUM(count) AS count FROM daily
    WHERE ${where} AND answered = 1 AND entry_id != ''
    GROUP BY entry_id ORDER BY count DESC, entry_id LIMIT ?`,
    )
    .all(...params, LISTED) as FigureRows['top'];
  const votes = votesOf(db, period, first);
  return questionFigures(period, { days, top, votes, unanswered: unansweredOf(db, { ...period, limit: LISTED }) });
}
