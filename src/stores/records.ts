// What the stores keep, as plain data: the same shapes whichever database keeps them (no SQLite
// or PostgreSQL type appears here), so that a second implementation changes nothing above.

import type { Language } from '../text/i18n/languages.ts';

/** Where a question came from. */
export type EntryPoint = 'ask' | 'pick' | 'button' | 'counter' | 'mention';

/** The verdicts that count as answered (the rest: not answered, out of scope, nothing to match). */
export const ANSWERED_VERDICTS: readonly string[] = ['clear', 'close', 'picked'];

/**
 * One question and what the bot did with it. No user id, ever: who asked is kept only as a keyed
 * hash (`asker`), so that they can delete their own questions (/privacy forget-me).
 */
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
  /** A keyed hash of who asked (privacy-key.ts), where a person did. */
  readonly asker?: string | undefined;
}

/** One reload, for the audit trail: who, how, and what changed. */
export interface ReloadEvent {
  readonly at: number;
  readonly via: string;
  /** The admin who asked, as "name (id)", when a person did: an audit trail names who. */
  readonly by: string | undefined;
  /** The server it was run from: its reloads are purged with it, and only it sees who ran them. */
  readonly guildId?: string | undefined;
  readonly ok: boolean;
  readonly reason: string | undefined;
  readonly entriesBefore: number | undefined;
  readonly entriesAfter: number | undefined;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  readonly ms: number;
}

/** The knowledge base's version at a start: a content hash and the entry count. */
export interface KnowledgeVersion {
  readonly at: number;
  readonly hash: string;
  readonly entries: number;
}

/** A server's own settings; undefined fields fall back to the environment's defaults. */
export interface ServerSettings {
  readonly visibility?: 'public' | 'ephemeral' | undefined;
  readonly cooldownSeconds?: number | undefined;
  /** Whether question text is stored (false: outcomes only). */
  readonly storeText?: boolean | undefined;
  /** Whether the bot answers mentions in the server (false: it ignores them). */
  readonly mentions?: boolean | undefined;
  /** Whether answers may be shown to the channel (false: every /ask answer is private). */
  readonly publicAnswers?: boolean | undefined;
  /** The language of replies for everyone on the server; undefined: each member's client locale. */
  readonly language?: Language | undefined;
}

/** What is kept about one server's questions (/privacy forget-server shows it before deleting). */
export interface KeptForGuild {
  /** Questions recorded from the server. */
  readonly questions: number;
  /** Of those, how many with their text (the rest: outcomes only). */
  readonly withText: number;
  /** Helpful / Not helpful votes cast in the server. */
  readonly votes: number;
  /** When the oldest of the questions was asked (ms), if any. */
  readonly oldest: number | undefined;
}

/** A period of whole UTC days ending today (`now`), for one server or all. */
export interface Period {
  readonly days: number;
  readonly guildId?: string | undefined;
  /** Milliseconds since the epoch: "today". */
  readonly now: number;
}

/** The most asked unanswered questions of a period, by their normalised text. */
export type Unanswered = readonly { readonly text: string; readonly count: number }[];

/** What the questions and votes say about a period (QuestionStore.summary). */
export interface QuestionFigures {
  readonly days: number;
  readonly guildId: string | undefined;
  readonly asked: number;
  readonly answered: number;
  /** Questions per day, oldest first, one number per day of the period. */
  readonly perDay: readonly number[];
  readonly unanswered: Unanswered;
  readonly mostAsked: readonly {
    readonly entryId: string;
    readonly count: number;
    readonly helpful: number;
    readonly notHelpful: number;
  }[];
  readonly notHelpful: readonly { readonly entryId: string; readonly helpful: number; readonly notHelpful: number }[];
}

/** What /insights and the CLI report for a period: the figures, and the last reloads. */
export interface InsightsSummary extends QuestionFigures {
  readonly reloads: readonly ReloadEvent[];
}

/** How a vote went: counted, changed from the other answer, or the same vote again. */
export type VoteOutcome = 'counted' | 'changed' | 'again';
