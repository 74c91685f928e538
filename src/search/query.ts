import { specificity } from '../text/english-frequency.ts';
import type { Token } from '../text/tokens.ts';
import type { Bm25fIndex } from './bm25f-index.ts';
import type { Variant, Vocabulary } from './vocabulary.ts';

/** One content word of a question, how much it matters, and the ways to read it. */
export interface QueryWord {
  /** The word as folded from the question. */
  readonly word: string;
  /** Its stem as typed. */
  readonly stem: string;
  /**
   * Its weight: the inverse document frequency of its commonest reading, so words common in the
   * knowledge base ("karabakh") count little, times its specificity in everyday English, so
   * chat words ("time", "people") count little too. A word the knowledge base lacks has the
   * highest inverse document frequency: an answer that leaves it unexplained probably answers
   * something else.
   */
  readonly weight: number;
  /** Readings of the word in the index, best first; empty when the word is unknown. */
  readonly variants: readonly Variant[];
}

/**
 * Turns a question's content tokens into its distinct words with their weights and readings. With
 * `partial`, the text is still being typed: its last word also reads as the start of longer words.
 */
export function buildQuery(tokens: readonly Token[], vocabulary: Vocabulary, index: Bm25fIndex, partial = false): QueryWord[] {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const [i, token] of tokens.entries()) {
    if (seen.has(token.stem)) continue;
    seen.add(token.stem);
    const typed = vocabulary.variants(token);
    const variants = partial && i === tokens.length - 1 ? vocabulary.withCompletions(token, typed) : typed;
    const idf = variants.length === 0 ? index.idf(token.stem) : Math.min(...variants.map((v) => index.idf(v.stem)));
    const weight = idf * specificity(token.word);
    words.push({ word: token.word, stem: token.stem, weight, variants });
  }
  return words;
}
