import type { Statement } from 'better-sqlite3';
import { dayOf, normalizedText, storedText } from '../question-text.ts';
import type { QuestionStore } from '../questions.ts';
import { ANSWERED_VERDICTS } from '../records.ts';
import type { KeptForGuild, Period, QuestionEvent, QuestionFigures, Unanswered } from '../records.ts';
import { scrub, type SqliteDatabase } from './database.ts';
import { forgetAsker } from './forget-asker.ts';
import { summaryOf, unansweredOf } from './summary-queries.ts';

const answered = new Set(ANSWERED_VERDICTS);

/**
 * Questions in the SQLite file, with their daily counts kept up to date with each batch so that
 * /insights reads a few hundred rows, not every question of the period. better-sqlite3 is
 * synchronous: each method does its work before its promise is returned, which is why the bot
 * runs every store on a thread of its own (store-thread.ts).
 */
export class SqliteQuestionStore implements QuestionStore {
  readonly #insert: Statement;
  readonly #daily: Statement;
  readonly #dailyUnanswered: Statement;

  constructor(private readonly db: SqliteDatabase) {
    this.#insert = db.prepare(`INSERT INTO questions
      (at, guild_id, via, question, normalized, verdict, entry_id, candidates, latency_ms, asker)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.#daily = db.prepare(`INSERT INTO daily VALUES (?, ?, ?, ?, 1)
      ON CONFLICT (day, guild_id, entry_id, answered) DO UPDATE SET count = count + 1`);
    this.#dailyUnanswered = db.prepare(`INSERT INTO daily_unanswered VALUES (?, ?, ?, 1)
      ON CONFLICT (day, guild_id, normalized) DO UPDATE SET count = count + 1`);
  }

  async record(batch: readonly QuestionEvent[]): Promise<void> {
    this.db
      .transaction(() => {
        for (const e of batch) {
          const text = e.question === undefined ? null : storedText(e.question);
          const normalized = text === null ? null : normalizedText(text);
          const isAnswered = answered.has(e.verdict);
          this.#insert.run(
            e.at,
            e.guildId,
            e.via,
            text,
            normalized,
            e.verdict,
            e.entryId ?? null,
            JSON.stringify(e.candidates),
            e.latencyMs,
            e.asker ?? null,
          );
          const day = dayOf(e.at);
          this.#daily.run(day, e.guildId ?? '', e.entryId ?? '', isAnswered ? 1 : 0);
          if (!isAnswered && normalized) this.#dailyUnanswered.run(day, e.guildId ?? '', normalized);
        }
      })
      .immediate();
  }

  async summary(period: Period): Promise<QuestionFigures> {
    return summaryOf(this.db, period);
  }

  async unanswered(period: Period & { readonly limit: number }): Promise<Unanswered> {
    return unansweredOf(this.db, period);
  }

  async purgeBefore(before: number): Promise<number> {
    return this.#purge(() => {
      const { changes } = this.db.prepare('DELETE FROM questions WHERE at < ?').run(before);
      for (const table of ['daily', 'daily_unanswered']) {
        this.db.prepare(`DELETE FROM ${table} WHERE day < ?`).run(dayOf(before));
      }
      this.db.prepare('DELETE FROM votes WHERE at < ?').run(before);
      return changes;
    });
  }

  async keptFor(guildId: string): Promise<KeptForGuild> {
    const asked = this.db
      .prepare('SELECT count(*) AS n, count(question) AS text, min(at) AS oldest FROM questions WHERE guild_id = ?')
      .get(guildId) as { n: number; text: number; oldest: number | null };
    const votes = this.db.prepare('SELECT count(*) AS n FROM votes WHERE guild_id = ?').get(guildId) as { n: number };
    return { questions: asked.n, withText: asked.text, votes: votes.n, oldest: asked.oldest ?? undefined };
  }

  async purgeGuild(guildId: string): Promise<number> {
    return this.#purge(() => {
      const { changes } = this.db.prepare('DELETE FROM questions WHERE guild_id = ?').run(guildId);
      for (const table of ['daily', 'daily_unanswered', 'votes']) {
        this.db.prepare(`DELETE FROM ${table} WHERE guild_id = ?`).run(guildId);
      }
      return changes;
    });
  }

  async forgetAsker(asker: string): Promise<number> {
    return this.#purge(() => forgetAsker(this.db, asker));
  }

  /** Deletes in one transaction, then scrubs the deleted text from the log (database.ts `scrub`). */
  #purge(remove: () => number): number {
    const deleted = this.db.transaction(remove).immediate();
    scrub(this.db);
    return deleted;
  }
}
