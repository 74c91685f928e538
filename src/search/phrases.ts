import type { Token } from '../text/tokens.ts';
import type { Bm25fIndex } from './bm25f-index.ts';
import type { QueryWord } from './query-word.ts';
import type { Variant } from './variant.ts';

/** The index term of a phrase: its stems joined by spaces (no stem holds a space). */
export function phraseKey(stems: readonly string[]): string {
  return stems.join(' ');
}

/**
 * The keywords of several words ("Karabakh is Azerbaijan", "ethnic cleansing"), by first stem. A
 * slogan is made of the commonest words of the knowledge base; only the whole phrase, in order,
 * says which argument it is. Each phrase is also indexed as one term of the keywords field.
 */
export class KeywordPhrases {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly keys = new Set<string>();

  /** Records a keyword's stems; returns its key, or undefined for a single word. */
  add(stems: readonly string[]): string | undefined {
    const [first] = stems;
    if (stems.length < 2 || first === undefined) return undefined;
    const key = phraseKey(stems);
    if (!this.keys.has(key)) {
      this.keys.add(key);
      this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), [...stems]]);
    }
    return key;
  }

  /** Every phrase's stems, to rebuild the set in another thread. */
  snapshot(): string[][] {
    return [...this.byFirst.values()].flat();
  }

  /** A set from its snapshot. */
  static restore(phrases: readonly (readonly string[])[]): KeywordPhrases {
    const restored = new KeywordPhrases();
    for (const stems of phrases) restored.add(stems);
    return restored;
  }

  /** Whether some phrase starts with this stem. */
  startsWith(stem: string): boolean {
    return this.byFirst.has(stem);
  }

  /**
   * The phrases of the question, as query words: each found with its words in a row. Keywords that
   * differ only by synonyms ("Karabakh is Armenia", "Artsakh is Armenia") found at the same words
   * are one query word with a reading each, as a word with several readings is: the question says
   * the phrase once, so it weighs once. Each weighs `phraseWeight` of its idf.
   */
  find(
    tokens: readonly Token[],
    readings: ReadonlyMap<string, readonly Variant[]>,
    index: Bm25fIndex,
    phraseWeight: number,
  ): QueryWord[] {
    const keys = new Set<string>();
    // One query word per span of the question, its readings gathered as the keywords are found.
    type Found = { word: string; stem: string; weight: number; variants: Variant[]; terms: number[] };
    const bySpan = new Map<string, Found>();
    const at = (i: number): readonly Variant[] => readings.get(tokens[i]?.stem ?? '') ?? [];
    for (let i = 0; i < tokens.length; i++) {
      for (const { stem: first } of at(i)) {
        for (const stems of this.byFirst.get(first) ?? []) {
          if (i + stems.length > tokens.length || !followsFrom(stems, i, at)) continue;
          const key = phraseKey(stems);
          if (keys.has(key)) continue;
          keys.add(key);
          const span = `${i} ${stems.length}`;
          let found = bySpan.get(span);
          if (!found) {
            const word = tokens
              .slice(i, i + stems.length)
              .map((t) => t.word)
              .join(' ');
            bySpan.set(span, (found = { word, stem: key, weight: 0, variants: [], terms: [] }));
          }
          found.weight = Math.max(found.weight, index.idf(key) * phraseWeight);
          found.variants.push({ stem: key, similarity: 1, via: 'typed' });
          found.terms.push(index.termOf(key));
        }
      }
    }
    return [...bySpan.values()];
  }
}

const reads = (readings: readonly Variant[], stem: string) => readings.some((v) => v.stem === stem);

/**
 * Whether the phrase's stems are readings of the tokens from `start` on, one each, in order. Two
 * readings of one word in a row ("Nagorno-Karabakh", both names of the region) are not a phrase.
 */
function followsFrom(stems: readonly string[], start: number, at: (i: number) => readonly Variant[]): boolean {
  for (let k = 1; k < stems.length; k++) {
    const stem = stems[k] ?? '';
    if (!reads(at(start + k), stem) || reads(at(start + k - 1), stem)) return false;
  }
  return true;
}
