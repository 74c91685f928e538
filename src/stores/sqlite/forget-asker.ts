import { dayOf } from '../question-text.ts';
import { ANSWERED_VERDICTS } from '../records.ts';
import type { SqliteDatabase } from './database.ts';

const answered = new Set(ANSWERED_VERDICTS);

interface AskedRow {
  at: number;
  guild_id: string | null;
  entry_id: string | null;
  verdict: string;
  normalized: string | null;
}

/**
 * Deletes one person's questions and votes, inside the caller's transaction, and takes each
 * question out of the daily counts it was added to (a daily row left at zero goes too): the
 * unanswered counts keep a question's normalised text, which must leave with it. Returns the
 * number of questions deleted.
 */
export function forgetAsker(db: SqliteDatabase, asker: string): number {
  const rows = db
    .prepare('SELECT at, guild_id, entry_id, verdict, normalized FROM questions WHERE asker = ?')
    .all(asker) as AskedRow[];
  const daily = db.prepare(`UPDATE daily SET count = count - 1
    WHERE day = ? AND guild_id = ? AND entry_id = ? AND answered = ?`);
  const unanswered = db.prepare(`UPDATE daily_unanswered SET count = count - 1
    WHERE day = ? AND guild_id = ? AND normalized = ?`);
  for (const row of rows) {
    const day = dayOf(row.at);
    const isAnswered = answered.has(row.verdict);
    daily.run(day, row.guild_id ?? '', row.entry_id ?? '', isAnswered ? 1 : 0);
    if (!isAnswered && row.normalized) unanswered.run(day, row.guild_id ?? '', row.normalized);
  }
  db.prepare('DELETE FROM daily WHERE count <= 0').run();
  db.prepare('DELETE FROM daily_unanswered WHERE count <= 0').run();
  db.prepare('DELETE FROM votes WHERE asker = ?').run(asker);
  return db.prepare('DELETE FROM questions WHERE asker = ?').run(asker).changes;
}
