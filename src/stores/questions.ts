// Recorded questions, behind a small async interface: written in batches, read back as the figures
// of /insights, purged by age or by server. SQLite keeps them today (sqlite/question-store.ts).
import type { KeptForGuild, Period, QuestionEvent, QuestionFigures, Unanswered } from './records.ts';

/**
 * Where questions are kept. Every method may reject with the database's error (its `code` names
 * the cause: store-errors.ts); the caller decides what a failure costs, never an answer.
 */
export interface QuestionStore {
  /** Records a batch of questions, all or none. */
  record(batch: readonly QuestionEvent[]): Promise<void>;
  /**
   * A period's figures: questions per day, answered, the most asked and the unanswered, with the
   * votes of the same period beside each entry (votes are kept with the questions they rate).
   */
  summary(period: Period): Promise<QuestionFigures>;
  /** A period's unanswered questions, grouped by their normalised text, most asked first. */
  unanswered(period: Period & { readonly limit: number }): Promise<Unanswered>;
  /** Deletes the questions and votes older than `before` (ms); the number of questions deleted. */
  purgeBefore(before: number): Promise<number>;
  /** What is kept of one server's questions and votes, counted, without reading any text. */
  keptFor(guildId: string): Promise<KeptForGuild>;
  /** Deletes every question and vote of one server; the number of questions deleted. */
  purgeGuild(guildId: string): Promise<number>;
  /**
   * Deletes every question and vote of one person (`asker`, a keyed hash), taking them out of the
   * daily counts too; the number of questions deleted.
   */
  forgetAsker(asker: string): Promise<number>;
}
