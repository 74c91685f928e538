import type { PgClient } from './connection.ts';
import { type CountedQuestion, DAILY_COLUMNS, dailyCounts, UNANSWERED_COLUMNS } from './daily-counts.ts';

interface AskedRow {
  at: number;
  guild_id: string | null;
  entry_id: string | null;
  verdict: string;
  normalized: string | null;
}

/**
 * Deletes one person's questions and votes, inside the caller's transaction, and takes their
 * questions out of the daily counts they were added to (a daily row left at zero goes too): the
 * unanswered counts keep a question's normalised text, which must leave with it. Their questions
 * are locked first, so that a purge on another host cannot take them out of the counts twice.
 * Returns the number of questions deleted.
 */
export async function forgetAsker(client: PgClient, asker: string): Promise<number> {
  const { rows } = await client.query<AskedRow>(
    'SELECT at, guild_id, entry_id, verdict, normalized FROM questions WHERE asker = $1 FOR UPDATE',
    [asker],
  );
  const counts = dailyCounts(
    rows.map((r): CountedQuestion => ({
      at: r.at,
      guildId: r.guild_id,
      entryId: r.entry_id,
      verdict: r.verdict,
      normalized: r.normalized,
    })),
  );
  await client.query(
    `UPDATE daily AS d SET count = d.count - c.n FROM ${DAILY_COLUMNS} AS c (day, guild_id, entry_id, answered, n)
     WHERE d.day = c.day AND d.guild_id = c.guild_id AND d.entry_id = c.entry_id AND d.answered = c.answered`,
    counts.daily,
  );
  await client.query(
    `UPDATE daily_unanswered AS d SET count = d.count - c.n
     FROM ${UNANSWERED_COLUMNS} AS c (day, guild_id, normalized, n)
     WHERE d.day = c.day AND d.guild_id = c.guild_id AND d.normalized = c.normalized`,
    counts.unanswered,
  );
  await client.query('DELETE FROM daily WHERE count <= 0');
  await client.query('DELETE FROM daily_unanswered WHERE count <= 0');
  await client.query('DELETE FROM votes WHERE asker = $1', [asker]);
  const { rowCount } = await client.query('DELETE FROM questions WHERE asker = $1', [asker]);
  return rowCount ?? 0;
}
