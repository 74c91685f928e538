import type pg from 'pg';
import { firstDayOf, LISTED, questionFigures, type VoteCounts } from '../question-figures.ts';
import type { Period, QuestionFigures, Unanswered } from '../records.ts';
import { query } from './connection.ts';

/** The period's first day, and the guild filter as SQL with its parameters (numbered from $1). */
function scope(period: Period): { first: number; where: string; params: (string | number)[] } {
  const { guildId } = period;
  const first = firstDayOf(period);
  return guildId === undefined
    ? { first, where: 'day >= $1', params: [first] }
    : { first, where: 'day >= $1 AND guild_id = $2', params: [first, guildId] };
}

/**
 * The unanswered questions of a period grouped by their normalised text, most asked first. Ties
 * go by the text's bytes (COLLATE "C"), as in SQLite, whatever the database's locale.
 */
export async function unansweredOf(pool: pg.Pool, period: Period & { readonly limit: number }): Promise<Unanswered> {
  const { where, params } = scope(period);
  const { rows } = await query<{ text: string; count: number }>(
    pool,
    `SELECT normalized AS text, SUM(count) AS count FROM daily_unanswered WHERE ${where}
     GROUP BY normalized ORDER BY count DESC, normalized COLLATE "C" LIMIT $${params.length + 1}`,
    [...params, period.limit],
  );
  return rows.map(({ text, count }) => ({ text, count }));
}

/** The votes of a period per entry. */
async function votesOf(pool: pg.Pool, period: Period, first: number): Promise<Map<string, VoteCounts>> {
  const guild = period.guildId === undefined ? '' : 'AND guild_id = $2';
  const params = period.guildId === undefined ? [first * 86_400_000] : [first * 86_400_000, period.guildId];
  const { rows } = await query<VoteCounts>(
    pool,
    `SELECT entry_id, COUNT(*) FILTER (WHERE helpful) AS up, COUNT(*) FILTER (WHERE NOT helpful) AS down
     FROM votes WHERE at >= $1 ${guild} GROUP BY entry_id`,
    params,
  );
  return new Map(rows.map((v) => [v.entry_id, v]));
}

/**
 * Everything /insights shows of a period's questions, from the daily tables (a few rows per day
 * and entry) and the votes, never by scanning the questions themselves: the same figures as
 * SQLite's (sqlite/summary-queries.ts), its queries run side by side on the pool.
 */
export async function summaryOf(pool: pg.Pool, period: Period): Promise<QuestionFigures> {
  const { first, where, params } = scope(period);
  const [days, votes, top, unanswered] = await Promise.all([
    query<{ day: number; count: number; answered: number }>(
      pool,
      `SELECT day, SUM(count) AS count, SUM(CASE WHEN answered THEN count ELSE 0 END) AS answered
       FROM daily WHERE ${where} GROUP BY day`,
      params,
    ),
    votesOf(pool, period, first),
    query<{ entry_id: string; count: number }>(
      pool,
      `SELECT entry_id, SUM(count) AS count FROM daily WHERE ${where} AND answered AND entry_id != ''
       GROUP BY entry_id ORDER BY count DESC, entry_id COLLATE "C" LIMIT ${LISTED}`,
      params,
    ),
    unansweredOf(pool, { ...period, limit: LISTED }),
  ]);
  return questionFigures(period, { days: days.rows, top: top.rows, votes, unanswered });
}
