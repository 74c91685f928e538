import type { VoteOutcome } from '../records.ts';
import type { Vote, VoteStore } from '../votes.ts';
import type { SqliteDatabase } from './database.ts';

/** Votes in the SQLite file: one row per voter hash, changed in place when the voter changes their mind. */
export class SqliteVoteStore implements VoteStore {
  constructor(private readonly db: SqliteDatabase) {}

  async vote(v: Vote): Promise<VoteOutcome> {
    return this.db
      .transaction((): VoteOutcome => {
        const before = this.db.prepare('SELECT helpful FROM votes WHERE voter = ?').get(v.voter) as
          { helpful: number } | undefined;
        if (before && before.helpful === (v.helpful ? 1 : 0)) return 'again';
        this.db
          .prepare(
            `INSERT INTO votes (voter, at, guild_id, entry_id, helpful, asker) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (voter) DO UPDATE SET helpful = excluded.helpful, at = excluded.at`,
          )
          .run(v.voter, v.at, v.guildId, v.entryId, v.helpful ? 1 : 0, v.asker ?? null);
        return before ? 'changed' : 'counted';
      })
      .immediate();
  }
}
