/** Where a question came from. */
export type EntryPoint = 'ask' | 'pick' | 'button' | 'counter' | 'mention';

/** The verdicts that count as answered (the rest: not answered, out of scope, nothing to match). */
export const ANSWERED_VERDICTS: readonly string[] = ['clear', 'close', 'picked'];

/** One question and what the bot did with it. No user id, ever. */
export interface QuestionEvent {
  /** Milliseconds since the epoch. */
  readonly at: number;
  /** The server, or null in a DM. */
  readonly guildId: string | null;
  readonly via: EntryPoint;
  /** The text as asked; left out when the server keeps outcomes only. */
  readonly question: string | undefined;
  /** The matcher's verdict ("clear", "close", "not-answered", "out-of-scope", "no-content") or "picked". */
  readonly verdict: string;
  /** The entry answered with, if any. */
  readonly entryId: string | undefined;
  /** Up to three candidates, best first, with their scores. */
  readonly candidates: readonly (readonly [id: string, score: number])[];
  readonly latencyMs: number;
}

/** One reload, for the audit trail: who, how, and what changed. */
export interface ReloadEvent {
  readonly at: number;
  readonly via: string;
  /** The admin who asked, as "name (id)", when a person did: an audit trail names who. */
  readonly by: string | undefined;
  readonly ok: boolean;
  readonly reason: string | undefined;
  readonly entriesBefore: number | undefined;
  readonly entriesAfter: number | undefined;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  readonly ms: number;
}

/** A server's own settings; undefined fields fall back to the environment's defaults. */
export interface ServerSettings {
  readonly visibility?: 'public' | 'ephemeral' | undefined;
  readonly cooldownSeconds?: number | undefined;
  /** Whether question text is stored (false: outcomes only). */
  readonly storeText?: boolean | undefined;
}

/** What /insights and the CLI report for a period. */
export interface InsightsSummary {
  readonly days: number;
  readonly guildId: string | undefined;
  readonly asked: number;
  readonly answered: number;
  /** Questions per day, oldest first, one number per day of the period. */
  readonly perDay: readonly number[];
  readonly unanswered: readonly { readonly text: string; readonly count: number }[];
  readonly mostAsked: readonly { readonly entryId: string; readonly count: number; readonly helpful: number; readonly notHelpful: number }[];
  readonly notHelpful: readonly { readonly entryId: string; readonly helpful: number; readonly notHelpful: number }[];
  readonly reloads: readonly ReloadEvent[];
}

/** How a vote went: counted, changed from the other answer, or the same vote again. */
export type VoteOutcome = 'counted' | 'changed' | 'again';

/**
 * Where insights are kept. SQLite in one file is the default (sqlite-store.ts); a deployment
 * across several hosts would put a server database behind this same interface.
 */
export interface InsightsStore {
  /** Records questions in one transaction. */
  recordQuestions(events: readonly QuestionEvent[]): void;
  recordReload(event: ReloadEvent): void;
  /** Records the knowledge base's version (a content hash) at start. */
  recordVersion(at: number, hash: string, entries: number): void;
  /** One vote per voter and answer: `voter` is already a keyed hash, never a user id. */
  vote(voter: string, at: number, guildId: string | null, entryId: string, helpful: boolean): VoteOutcome;
  summary(options: { readonly days: number; readonly guildId?: string | undefined; readonly now: number }): InsightsSummary;
  /** The unanswered questions of a period, grouped, most asked first. */
  unanswered(options: { readonly days: number; readonly guildId?: string | undefined; readonly now: number; readonly limit: number }): InsightsSummary['unanswered'];
  settings(guildId: string): ServerSettings;
  saveSettings(guildId: string, settings: ServerSettings): void;
  /** Deletes everything older than `before` (ms); returns the questions deleted. */
  purgeBefore(before: number): number;
  /** Deletes every record of one server; returns the questions deleted. */
  purgeGuild(guildId: string): number;
  /** The secret the vote hashes are keyed with (made once, kept in the database). */
  voteKey(): Buffer;
  close(): void;
}

/**
 * Writes batches, reads summaries and purges on a thread of its own (insights-writer.ts), each
 * write's outcome reported back to Insights (see Insights.useOffThread).
 */
export interface OffThreadStore {
  /** Whether its thread runs: when it does not, the answering thread writes itself. */
  readonly alive: boolean;
  write(events: readonly QuestionEvent[]): void;
  summary(options: Parameters<InsightsStore['summary']>[0]): Promise<InsightsSummary>;
  purgeBefore(before: number): Promise<number>;
  close(): Promise<void>;
}

/** Where the insights say what went wrong: once per new failure, once on recovery. */
export interface InsightsLog {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}
