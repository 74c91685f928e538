// What a typed word may stand for among the completion index's words: itself, the words it starts,
// and only when there are none, the words Fuse.js finds it a typo of ("mercenarys"). Kept apart from
// completion-index.ts, which indexes the entries and ranks them for these readings. Fuse searches
// the distinct words only, and only the words of about the typed word's length (as vocabulary.ts
// does): its cost follows the vocabulary, not the entries.
import Fuse from 'fuse.js';
import { editDistance } from '../text/edit-distance.ts';
import type { CompletionPostings, Readings } from './completion-postings.ts';

/** How much a typed word's reading counts: as typed, as the start of a word, or corrected by Fuse. */
const EXACT = 1;
const PREFIX = 0.9;
const FUZZY = 0.75;
/** Fuse's threshold (0 exact, 1 anything): about one wrong letter in four. */
const FUZZY_THRESHOLD = 0.3;
/** Fuse's bitap matcher handles patterns of up to 32 characters. */
export const MAX_PATTERN = 32;
/** Shortest typed word read as a prefix, and as a possible typo. */
const MIN_PREFIX = 2;
export const MIN_FUZZY = 4;
/** How many letters longer than an unfinished typed word a misspelt completion may be. */
const MORE_WHEN_UNFINISHED = 4;
/** Most vocabulary words one typed word may stand for: "co" starts hundreds. */
const MAX_READINGS = 40;

/** The readings of typed words among the words of finished completion postings. */
export class TypedWordReadings {
  readonly #postings: CompletionPostings;
  /** Fuse.js over the words of one length, built on first need: most lengths are never asked for. */
  readonly #byLength = new Map<number, Fuse<string>>();

  constructor(postings: CompletionPostings) {
    this.#postings = postings;
  }

  /** The Fuse.js index over the words of `length` letters, without digits (numbers are not misspelt). */
  fuseFor(length: number): Fuse<string> {
    let fuse = this.#byLength.get(length);
    if (!fuse) {
      const words = this.#postings.words().filter((w) => w.length === length && !/\d/.test(w));
      // useExtendedSearch stays off, so "!", "^", "=", "'" or "|" typed are plain characters.
      const options = {
        includeScore: true,
        ignoreLocation: true,
        threshold: FUZZY_THRESHOLD,
        useExtendedSearch: false,
      };
      fuse = new Fuse(words, options);
      this.#byLength.set(length, fuse);
    }
    return fuse;
  }

  /**
   * The vocabulary words a typed word may stand for, each with how close it is: itself, the words
   * it starts, and only when there are none, the words Fuse finds it a typo of. Fuse scores the
   * best *substring* ("refer" inside "interfere"): the edit distance to the word, or to as much of
   * it as was typed, keeps only typos (one, two from eight letters).
   */
  of(word: string, unfinished: boolean): Readings {
    const out = new Map<string, number>();
    const take = (w: string, similarity: number) => {
      if (out.size < MAX_READINGS && (out.get(w) ?? 0) < similarity) out.set(w, similarity);
    };
    if (this.#postings.has(word)) take(word, EXACT);
    if (unfinished && word.length >= MIN_PREFIX) {
      for (const w of this.#postings.startingWith(word, MAX_READINGS)) take(w, PREFIX);
    }
    if (out.size > 0 || word.length < MIN_FUZZY || /\d/.test(word)) return out;
    const allowed = word.length >= 8 ? 2 : 1;
    // An unfinished word may be the start of a longer one: a few letters more are looked at too.
    const longest = Math.min(MAX_PATTERN, word.length + (unfinished ? MORE_WHEN_UNFINISHED : allowed));
    const pattern = word.slice(0, MAX_PATTERN);
    for (let length = Math.max(MIN_FUZZY - 1, word.length - allowed); length <= longest; length++) {
      for (const hit of this.fuseFor(length).search(pattern, { limit: MAX_READINGS })) {
        const start = unfinished ? hit.item.slice(0, word.length) : hit.item;
        const errors = Math.min(editDistance(word, hit.item), editDistance(word, start));
        if (errors <= allowed) take(hit.item, FUZZY * (1 - errors / word.length));
      }
    }
    return out;
  }
}
