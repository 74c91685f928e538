// Completing what someone is typing: the words of each entry's topic, keywords and example
// questions, matched by prefix ("geno" → "genocide") and, through Fuse.js, fuzzily ("mercenarys").
// Fuse searches the distinct words only, never the entries, and only the words of about the typed
// word's length (as vocabulary.ts does): its cost follows the vocabulary, not the entries; the
// words then lead to the entries through postings.
import { setImmediate } from 'node:timers/promises';
import Fuse from 'fuse.js';
import type { Entry } from '../knowledge/types.ts';
import { editDistance } from '../text/edit-distance.ts';
import { eachFoldedWord, foldedWords } from '../text/normalize.ts';
import { isContentWord } from '../text/tokens.ts';
import { CompletionPostings } from './completion-postings.ts';

/** One entry found for typed text, with how well its words meet the typed ones (higher is better). */
export interface Completion {
  readonly entry: Entry;
  readonly score: number;
}

/** How much a word counts by where the entry has it: its topic names it best, an example question least. */
const WEIGHT = { topic: 3, keyword: 2, question: 1 } as const;
/** How much a typed word's reading counts: as typed, as the start of a word, or corrected by Fuse. */
const EXACT = 1;
const PREFIX = 0.9;
const FUZZY = 0.75;
/** Fuse's threshold (0 exact, 1 anything): about one wrong letter in four. */
const FUZZY_THRESHOLD = 0.3;
/** Fuse's bitap matcher handles patterns of up to 32 characters. */
const MAX_PATTERN = 32;
/** Shortest typed word read as a prefix, and as a possible typo. */
const MIN_PREFIX = 2;
const MIN_FUZZY = 4;
/** How many letters longer than an unfinished typed word a misspelt completion may be. */
const MORE_WHEN_UNFINISHED = 4;
/** Most vocabulary words one typed word may stand for: "co" starts hundreds. */
const MAX_READINGS = 40;

/** The words of the texts users pick from, for completing what they type. */
export class CompletionIndex {
  readonly #postings: CompletionPostings;
  /** Fuse.js over the words of one length, built on first need: most lengths are never asked for. */
  readonly #byLength = new Map<number, Fuse<string>>();

  private constructor(readonly entries: readonly Entry[]) {
    this.#postings = new CompletionPostings(entries.length);
  }

  /** The index, built at once: tens of milliseconds for a few thousand entries, seconds at 50,000. */
  static build(entries: readonly Entry[]): CompletionIndex {
    const index = new CompletionIndex(entries);
    index.#add(0, entries.length);
    index.#postings.finish();
    return index;
  }

  /**
   * The index, built `step` entries at a time and then one word length at a time, the event loop
   * free between steps: a large knowledge base's index is built while answers go on.
   */
  static async buildInSteps(entries: readonly Entry[], step = 2000): Promise<CompletionIndex> {
    const index = new CompletionIndex(entries);
    for (let from = 0; from < entries.length; from += step) {
      index.#add(from, Math.min(entries.length, from + step));
      await setImmediate();
    }
    index.#postings.finish();
    for (let length = MIN_FUZZY - 1; length <= MAX_PATTERN; length++) {
      index.#fuseFor(length);
      await setImmediate();
    }
    return index;
  }

  /** Indexes entries `from` to `to` (not included): each content word once, at its best weight. */
  #add(from: number, to: number): void {
    for (let n = from; n < to; n++) {
      const entry = this.entries[n]!;
      const own = new Map<string, number>();
      const add = (text: string, weight: number) =>
        eachFoldedWord(text, (w) => {
          if (isContentWord(w) && (own.get(w) ?? 0) < weight) own.set(w, weight);
        });
      add(entry.topic, WEIGHT.topic);
      for (const k of entry.keywords) add(k, WEIGHT.keyword);
      for (const q of entry.questions) add(q, WEIGHT.question);
      for (const [word, weight] of own) this.#postings.add(word, n, weight);
    }
  }

  /** The Fuse.js index over the words of `length` letters, without digits (numbers are not misspelt). */
  #fuseFor(length: number): Fuse<string> {
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
   * Up to `limit` entries for text being typed, best first. Its last word may be unfinished (a
   * prefix); any word may be misspelt. An entry must meet at least half of the typed content words,
   * so that one common word ("world" in "who won the World Cup") picks nothing.
   */
  complete(typed: string, limit: number): Completion[] {
    const words = foldedWords(typed);
    const open = /[\p{L}\p{N}]$/u.test(typed);
    const read = words.flatMap((word, i) => {
      const last = i === words.length - 1;
      return isContentWord(word) ? [this.readings(word, last && open)] : [];
    });
    if (read.length === 0) return [];
    const needed = Math.ceil(read.length / 2);
    const found = this.#postings.score(read, needed, limit);
    return found.map(({ n, score }) => ({ entry: this.entries[n]!, score }));
  }

  /**
   * The vocabulary words a typed word may stand for, each with how close it is: itself, the words
   * it starts, and only when there are none, the words Fuse finds it a typo of. Fuse scores the
   * best *substring* ("refer" inside "interfere"): the edit distance to the word, or to as much of
   * it as was typed, keeps only typos (one, two from eight letters).
   */
  private readings(word: string, unfinished: boolean): Map<string, number> {
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
      for (const hit of this.#fuseFor(length).search(pattern, { limit: MAX_READINGS })) {
        const start = unfinished ? hit.item.slice(0, word.length) : hit.item;
        const errors = Math.min(editDistance(word, hit.item), editDistance(word, start));
        if (errors <= allowed) take(hit.item, FUZZY * (1 - errors / word.length));
      }
    }
    return out;
  }
}
