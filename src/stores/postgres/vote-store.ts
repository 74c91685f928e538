import type { VoteOutcome } from '../records.ts';
import type { Vote, VoteStore } from '../votes.ts';
import { query } from './connection.ts';
import type { PostgresDatabase } from './database.ts';

/**
 * Votes in PostgreSQL: one row per voter hash, changed in place when the voter changes their mind.
 * One statement reads the vote before and writes the new one (a vote the same as before changes
 * nothing, not even its time), so that two hosts counting one voter at once cannot both insert.
 */
export class PostgresVoteStore implements VoteStore {
  constructor(private readonly db: PostgresDatabase) {}

  async vote(v: Vote): Promise<VoteOutcome> {
    const { rows } = await query<{ before: boolean | null }>(
      await this.db.ready(),
      `WITH before AS (SELECT helpful FROM votes WHERE voter = $1),
       written AS (
         INSERT INTO votes AS v (voter, at, guild_id, entry_id, helpful, asker) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (voter) DO UPDATE SET helpful = excluded.helpful, at = excluded.at
         WHERE v.helpful IS DISTINCT FROM excluded.helpful
         RETURNING 1)
       SELECT (SELECT helpful FROM before) AS before`,
      [v.voter, v.at, v.guildId, v.entryId, v.helpful, v.asker ?? null],
    );
    const before = rows[0]?.before ?? null;
    if (before === null) return 'counted';
    return before === v.helpful ? 'again' : 'changed';
  }
}
