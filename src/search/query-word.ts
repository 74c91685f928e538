import type { Variant } from './variant.ts';

/** One content word of a question, how much it matters, and the ways to read it. */
export interface QueryWord {
  /** The word as folded from the question. */
  readonly word: string;
  /** Its stem as typed. */
  readonly stem: string;
  /**
   * Its weight: the inverse document frequency of its commonest reading, so words common in the
   * knowledge base ("karabakh") count little, times its specificity in everyday English, so
   * chat words ("time", "people") count little too. A word the knowledge base lacks weighs as
   * much as its rarest word in a question off the sources' subject ("capital of france": the
   * question is about what they lack), and little in one on it ("Pashinyan", "doomed", "1828":
   * names, numbers and everyday words say nothing about which argument is meant).
   */
  readonly weight: number;
  /** Readings of the word in the index, best first; empty when the word is unknown. */
  readonly variants: readonly Variant[];
  /** The index's term id of each reading, in the same order. */
  readonly terms: readonly number[];
}

/** A question as the matcher reads it. */
export interface Query {
  readonly words: readonly QueryWord[];
  /**
   * Whether it names the sources' subject (a word rare in everyday English that many entries
   * use: "karabakh", "secession"). Off the subject, an answer needs more evidence.
   */
  readonly onSubject: boolean;
}
