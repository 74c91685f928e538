// Corrections of a misspelt word: vocabulary words of a similar length within one edit (two from
// nine letters), found by scanning the words of those lengths with an edit distance that stops at
// the limit. Kept apart from vocabulary.ts, which decides which words are corrected at all and adds
// synonyms and completions to what is found here.
import { editDistanceWithin } from '../text/edit-distance.ts';
import { stemWord } from '../text/tokens.ts';
import type { Variant } from './variant.ts';

/** Longer "words" are noise (a link, a run of letters): never corrected. */
export const MAX_FUZZY_LENGTH = 32;

/** The vocabulary's words by length, and the words a typo or two away from a misspelt one. */
export class TypoCorrections {
  private readonly byLength = new Map<number, readonly string[]>();

  constructor(
    private readonly words: ReadonlySet<string>,
    private readonly fuzzyMinLength: number,
  ) {}

  /**
   * The words of one length (none with a digit), gathered on first need: most lengths are never
   * asked for, and gathering them all would hold up whoever builds the vocabulary.
   */
  private wordsOfLength(length: number): readonly string[] {
    if (length < this.fuzzyMinLength - 1 || length > MAX_FUZZY_LENGTH) return [];
    let bucket = this.byLength.get(length);
    if (!bucket) {
      bucket = [...this.words].filter((w) => w.length === length && !/\d/.test(w));
      this.byLength.set(length, bucket);
    }
    return bucket;
  }

  /**
   * The vocabulary words `word` may be a typo of, fewest errors first: one typo is allowed, two
   * from nine letters; an adjacent swap ("minks") counts as one.
   */
  of(word: string): Variant[] {
    const allowed = word.length >= 9 ? 2 : 1;
    const found = new Map<string, number>();
    const consider = (candidate: string, errors: number) => {
      if (errors <= allowed && errors < (found.get(candidate) ?? Infinity)) found.set(candidate, errors);
    };
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (this.words.has(swapped)) consider(swapped, 1);
    }
    for (let length = word.length - allowed; length <= word.length + allowed; length++) {
      for (const candidate of this.wordsOfLength(length))
        consider(candidate, editDistanceWithin(word, candidate, allowed));
    }
    return [...found]
      .sort(([a, x], [b, y]) => x - y || a.localeCompare(b))
      .map(([w, errors]) => ({ stem: stemWord(w), similarity: 1 - errors / word.length, via: 'corrected' as const }));
  }
}
