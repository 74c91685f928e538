import { isEverydayWord } from '../text/english-frequency.ts';
import { foldText } from '../text/normalize.ts';
import { stemWord, type Token } from '../text/tokens.ts';
import type { SearchOptions } from './search-options.ts';
import { MAX_FUZZY_LENGTH, TypoCorrections } from './typo-corrections.ts';
import type { Variant } from './variant.ts';

export type { Variant } from './variant.ts';

const CACHE_SIZE = 5000;

/** The options a word is read against the vocabulary with (see SearchOptions). */
export type VocabularyOptions = Pick<
  SearchOptions,
  'synonymSimilarity' | 'fuzzyMinLength' | 'fuzzyMaxVariants' | 'completionSimilarity' | 'maxCompletion'
>;

/**
 * The knowledge base's words, and how to read a user's word against them: as typed, through a
 * synonym group, or corrected for a typo. A correction is a vocabulary word of a similar length
 * within one edit (two from nine letters), found by scanning the words of those lengths with an
 * edit distance that stops at the limit: its cost depends on the size of the vocabulary, never on
 * the length of the fields or the number of entries.
 */
export class Vocabulary {
  private readonly words: ReadonlySet<string>;
  private readonly typos: TypoCorrections;
  /** The vocabulary sorted, for prefix look-ups. */
  private readonly sorted: readonly string[];
  private readonly synonyms = new Map<string, string[]>();
  private readonly cache = new Map<string, readonly Variant[]>();

  constructor(
    words: Iterable<string>,
    private readonly known: (stem: string) => boolean,
    synonymGroups: readonly (readonly string[])[],
    private readonly options: VocabularyOptions,
    sorted?: readonly string[],
  ) {
    this.words = new Set(words);
    this.typos = new TypoCorrections(this.words, options.fuzzyMinLength);
    this.sorted = sorted ?? [...this.words].sort();
    for (const group of synonymGroups) {
      // Terms are single words, folded like the question's (so "Qarabağ" meets "qarabag").
      const stems = [...new Set(group.map((term) => stemWord(foldText(term))))];
      for (const stem of stems) {
        this.synonyms.set(stem, [...(this.synonyms.get(stem) ?? []), ...stems.filter((s) => s !== stem)]);
      }
    }
  }

  /** The vocabulary in order, to hand to another thread with the index. */
  sortedWords(): readonly string[] {
    return this.sorted;
  }

  /**
   * Whether a synonym group names a folded word, though no entry may use it ("shushi" beside
   * "shusha"): the knowledge base's own files know it, so it is not a word from elsewhere.
   */
  grouped(word: string): boolean {
    return this.synonyms.has(stemWord(word));
  }

  /** Every reading of a query word, best first; empty when the knowledge base has no such word. */
  variants(token: Token): readonly Variant[] {
    const cached = this.cache.get(token.word);
    if (cached) return cached;
    const own: Variant = { stem: token.stem, similarity: 1, via: 'typed' };
    // A word the knowledge base has, or one a synonym group names, is taken as typed; only
    // other words are typo-corrected.
    const recognised = this.known(token.stem) || this.synonyms.has(token.stem);
    const base = recognised ? [own] : this.corrections(token.word);
    const seen = new Set(base.map((v) => v.stem));
    const expanded: Variant[] = [];
    for (const v of base) {
      for (const stem of this.synonyms.get(v.stem) ?? []) {
        if (!this.known(stem) || seen.has(stem)) continue;
        seen.add(stem);
        expanded.push({ stem, similarity: v.similarity * this.options.synonymSimilarity, via: 'synonym' });
      }
    }
    const result = [...base.filter((v) => this.known(v.stem)), ...expanded];
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(token.word, result);
    return result;
  }

  /**
   * Readings of a word the knowledge base lacks: typo corrections and completions. One typo is
   * allowed, two from nine letters; an adjacent swap ("minks") counts as one. Until December 2026
   * Fuse.js proposed the candidates and the edit distance decided (Fuse scores the best substring,
   * "ping" inside "bring"); on the 746 words of the evaluation sets this reads, the scan finds the
   * same corrections for every one, in a tenth of the time (bench/NOTES.md).
   */
  private corrections(word: string): Variant[] {
    if (word.length < this.options.fuzzyMinLength || word.length > MAX_FUZZY_LENGTH || /\d/.test(word)) return [];
    // A common English word is what its writer meant; only the rest may be typos.
    if (isEverydayWord(word)) return this.completions(word);
    const corrected = this.typos.of(word);
    return dedupe([...corrected, ...this.completions(word)]).slice(0, this.options.fuzzyMaxVariants);
  }

  /** `variants` plus the words that `token` starts, for a word still being typed. */
  withCompletions(token: Token, variants: readonly Variant[]): readonly Variant[] {
    return token.word.length < 2 ? variants : dedupe([...variants, ...this.completions(token.word, 6, Infinity)]);
  }

  /** Vocabulary words that start with `word`: people type the start of a term ("tsar", "colon"). */
  private completions(
    word: string,
    max: number = this.options.fuzzyMaxVariants,
    maxExtra: number = this.options.maxCompletion,
  ): Variant[] {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.sorted[mid] ?? '') < word) low = mid + 1;
      else high = mid;
    }
    const out: Variant[] = [];
    for (let i = low; i < this.sorted.length && out.length < max; i++) {
      const candidate = this.sorted[i] ?? '';
      if (!candidate.startsWith(word)) break;
      if (candidate !== word && candidate.length <= word.length + maxExtra) {
        out.push({ stem: stemWord(candidate), similarity: this.options.completionSimilarity, via: 'corrected' });
      }
    }
    return out;
  }
}

/** Keeps the first (best) reading of each stem. */
function dedupe(variants: readonly Variant[]): Variant[] {
  const seen = new Set<string>();
  return variants.filter((v) => !seen.has(v.stem) && seen.add(v.stem));
}
