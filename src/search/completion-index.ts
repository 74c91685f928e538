// Completing what someone is typing: the words of each entry's topic, keywords and example
// questions, matched by prefix ("geno" → "genocide") and, through Fuse.js, fuzzily ("mercenarys").
// Fuse searches the distinct words only, never the entries (typed-word-readings.ts): its cost
// follows the vocabulary, not the entries; the words then lead to the entries through postings.
import { setImmediate } from 'node:timers/promises';
import type { Entry } from '../knowledge/types.ts';
import { eachFoldedWord, foldedWords } from '../text/normalize.ts';
import { isContentWord } from '../text/tokens.ts';
import { CompletionPostings } from './completion-postings.ts';
import { MAX_PATTERN, MIN_FUZZY, TypedWordReadings } from './typed-word-readings.ts';

/** One entry found for typed text, with how well its words meet the typed ones (higher is better). */
export interface Completion {
  readonly entry: Entry;
  readonly score: number;
}

/** How much a word counts by where the entry has it: its topic names it best, an example question least. */
const WEIGHT = { topic: 3, keyword: 2, question: 1 } as const;

/** The words of the texts users pick from, for completing what they type. */
export class CompletionIndex {
  readonly #postings: CompletionPostings;
  readonly #readings: TypedWordReadings;

  private constructor(readonly entries: readonly Entry[]) {
    this.#postings = new CompletionPostings(entries.length);
    this.#readings = new TypedWordReadings(this.#postings);
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
      index.#readings.fuseFor(length);
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
      return isContentWord(word) ? [this.#readings.of(word, last && open)] : [];
    });
    if (read.length === 0) return [];
    const needed = Math.ceil(read.length / 2);
    const found = this.#postings.score(read, needed, limit);
    return found.map(({ n, score }) => ({ entry: this.entries[n]!, score }));
  }
}
