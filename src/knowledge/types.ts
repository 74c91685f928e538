// The types of a loaded knowledge base: problems, entries, scope topics, and what loading gives.
import type { Paragraph, Source } from './source-types.ts';

/**
 * A problem found in the knowledge files, located for the admin who has to fix it.
 * `file` is relative to the knowledge directory, with forward slashes; line and column are 1-based.
 */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** Set on the last line of a capped list ("…and N more problems"): the N problems it stands for. */
  readonly omitted?: number;
}

/**
 * A dated, sourced fact an editor adds under an answer, kept apart from the article's argument:
 * later events, corrected dates, what others found. Never a judgement of who is right.
 */
export interface EditorNote {
  /** When the fact happened or was stated, YYYY-MM-DD. */
  readonly date: string;
  readonly text: string;
  /** The public source that states it (http or https). */
  readonly source: string;
}

/** One argument of the knowledge base: a claim, the source's answer, and where it stands. */
export interface Entry {
  readonly id: string;
  readonly source: string;
  readonly section: number;
  readonly sectionTitle: string;
  /** Cited paragraph numbers within the section, in the order given. */
  readonly paragraphs: readonly number[];
  /** Page of the first cited paragraph. */
  readonly page: number;
  /** A short neutral question naming what the entry is about: what users see and pick. */
  readonly topic: string;
  /** The other side's position, as its best advocate would put it; absent for a plain topic. */
  readonly claim: string | undefined;
  /** The article's answer, every sentence attributed to it. */
  readonly rebuttal: string;
  readonly quote: string;
  readonly questions: readonly string[];
  /**
   * How each side states the entry's point, in users' words: `other` as the other side argues it,
   * `article` as someone who agrees with the article would. Written for telling which side an
   * asker takes; never shown, never attributed to anyone. Not read for matching: as extra texts
   * for the meaning they lowered the tuning half (bench/NOTES.md, eighth session).
   */
  readonly phrasings: { readonly other: readonly string[]; readonly article: readonly string[] };
  readonly keywords: readonly string[];
  readonly related: readonly string[];
  readonly notes: readonly EditorNote[];
  /** Whether this entry states its section's thesis. */
  readonly thesis: boolean;
  /** The cited paragraphs themselves. */
  readonly passages: readonly Paragraph[];
  readonly file: string;
  readonly line: number;
}

/**
 * Something people raise that the sources do not address (scope.yaml): a question about it gets
 * "… does not address <topic>" instead of a near miss.
 */
export interface ScopeTopic {
  /** What is not addressed, as it completes "does not address …" (e.g. "the Lachin blockade (2022–23)"). */
  readonly topic: string;
  /** Words and phrases that name the topic in a question. */
  readonly terms: readonly string[];
  /**
   * The year the topic's events begin, if it is about later events (the Lachin blockade: 2022).
   * A question that names years, all of them earlier, is not about it: "Stepanakert was under a
   * blockade in 1992" is about the first war.
   */
  readonly since?: number;
  readonly file: string;
  readonly line: number;
}

/** A loaded, fully checked knowledge base. Immutable once built; a reload builds a new one. */
export interface KnowledgeBase {
  readonly sources: readonly Source[];
  readonly entries: readonly Entry[];
  /** Topics the sources do not address. */
  readonly scope: readonly ScopeTopic[];
  /** Groups of interchangeable spellings and terms (Artsakh, Karabakh, Karabagh…). */
  readonly synonyms: readonly (readonly string[])[];
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly entryById: ReadonlyMap<string, Entry>;
}

/** One knowledge file as it was read: its path relative to the knowledge directory, and its text. */
export interface KnowledgeFile {
  readonly file: string;
  readonly text: string;
}

/**
 * What loading a directory gives: a knowledge base with the files it was built from (what a
 * last-good copy keeps), or every problem found plus what did parse.
 */
export type LoadResult =
  | { readonly ok: true; readonly knowledge: KnowledgeBase; readonly files: readonly KnowledgeFile[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly partial: KnowledgeBase };
