import { specificity } from '../text/english-frequency.ts';
import type { Token } from '../text/tokens.ts';
import { TUNING } from './tuning.ts';
import type { Bm25fIndex } from './bm25f-index.ts';
import type { SearchIndex } from './search-index.ts';
import type { Variant } from './vocabulary.ts';

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

/**
 * Turns a question's content tokens into its distinct words with their weights and readings. With
 * `partial`, the text is still being typed: its last word also reads as the start of longer words.
 */
export function buildQuery(tokens: readonly Token[], search: SearchIndex, partial = false): Query {
  const { vocabulary, index } = search;
  const seen = new Set<string>();
  const read: { token: Token; variants: readonly Variant[] }[] = [];
  for (const [i, token] of tokens.entries()) {
    if (seen.has(token.stem)) continue;
    seen.add(token.stem);
    const typed = vocabulary.variants(token);
    read.push({ token, variants: partial && i === tokens.length - 1 ? vocabulary.withCompletions(token, typed) : typed });
  }
  const onSubject = read.some((r) => isSubjectWord(r.token, r.variants, index));
  const unknownShare = onSubject ? TUNING.unknownWordWeight : 1;
  const words = read.map(({ token, variants }) => {
    const weight = variants.length > 0 ? knownWeight(token, variants, index) : /\d/.test(token.word) ? 0 : index.idf(token.stem) * unknownShare;
    return { word: token.word, stem: token.stem, weight: weight * specificity(token.word), variants };
  });
  const readings = new Map(read.map((r) => [r.token.stem, [{ stem: r.token.stem, similarity: 1, via: 'typed' as const }, ...r.variants]]));
  return { words: [...words, ...search.phrases.find(tokens, readings, index)], onSubject };
}

/** The weight of a word the knowledge base has: the idf of its commonest reading, discounted for prose words and numbers. */
function knownWeight(token: Token, variants: readonly Variant[], index: Bm25fIndex): number {
  const idf = Math.min(...variants.map((v) => index.idf(v.stem)));
  const prose = variants.some((v) => index.isUsersWord(v.stem)) ? 1 : TUNING.proseWordWeight;
  const number = /\d/.test(token.word) && !isYear(token.word) ? TUNING.numberWeight : 1;
  return idf * prose * number;
}

function isYear(word: string): boolean {
  return /^\d{4}$/.test(word) && Number(word) >= 1000 && Number(word) < 2100;
}

/**
 * Whether a word names the sources' subject: rare in everyday English and used by a good share
 * of the entries ("karabakh", "secession", "soviet"), read as typed or through a synonym.
 */
function isSubjectWord(token: Token, variants: readonly Variant[], index: Bm25fIndex): boolean {
  if (specificity(token.word) < TUNING.subjectSpecificity) return false;
  return variants.some((v) => v.similarity >= TUNING.synonymSimilarity && index.share(v.stem) >= TUNING.subjectShare);
}
