// What one word of a question is to one knowledge base: its readings, its weight and whether it
// names the sources' subject, worked out once per word and kept. Kept apart from query.ts, which
// puts a question's words together and weighs them against each other.
import { yearOf } from '../text/dates.ts';
import { specificity } from '../text/english-frequency.ts';
import type { Token } from '../text/tokens.ts';
import type { Bm25fIndex } from './bm25f-index.ts';
import type { QueryWord } from './query-word.ts';
import type { SearchIndex } from './search-index.ts';
import type { SearchOptions } from './search-options.ts';
import { exactKey } from './term-table.ts';
import type { Variant } from './variant.ts';

/** The options a question's words are weighed by. */
export type WordOptions = Pick<
  SearchOptions,
  | 'unknownMajority'
  | 'unknownWordWeight'
  | 'exactWeight'
  | 'proseWordWeight'
  | 'numberWeight'
  | 'subjectSpecificity'
  | 'synonymSimilarity'
  | 'subjectShare'
  | 'phraseWeight'
>;

/** What a word is to one knowledge base, worked out once: its readings, weight and standing. */
export interface WordInfo {
  readonly variants: readonly Variant[];
  readonly terms: readonly number[];
  /** The variants with the word as typed first: what keyword phrases are matched on. */
  readonly readings: readonly Variant[];
  /** Its weight before specificity; for a word the knowledge base lacks, its full idf. */
  readonly base: number;
  readonly specificity: number;
  readonly number: boolean;
  /** Whether it names the sources' subject (see isSubjectWord). */
  readonly subject: boolean;
  /** Whether a keyword phrase starts with one of its readings. */
  readonly startsPhrase: boolean;
  /** The word in the exact form typed as a query word of its own, if some keyword has it (see exactKey). */
  readonly exact: QueryWord | undefined;
}

// Per knowledge base (a reload makes a new SearchIndex) and options (a matcher merges its own
// once), per folded word: people reuse words.
const infos = new WeakMap<SearchIndex, WeakMap<WordOptions, Map<string, WordInfo>>>();
const MAX_INFOS = 50_000;

/** A word's info for this knowledge base and these options: kept from an earlier question, or worked out. */
export function infoOf(token: Token, search: SearchIndex, options: WordOptions): WordInfo {
  let byOptions = infos.get(search);
  if (!byOptions) infos.set(search, (byOptions = new WeakMap()));
  let cache = byOptions.get(options);
  if (!cache) byOptions.set(options, (cache = new Map()));
  let info = cache.get(token.word);
  if (!info) {
    if (cache.size >= MAX_INFOS) cache.clear();
    info = describeWord(token, search.vocabulary.variants(token), search, options);
    cache.set(token.word, info);
  }
  return info;
}

/** What a word is to the knowledge base, read as `variants`: as typed, or completed while typed. */
export function describeWord(
  token: Token,
  variants: readonly Variant[],
  { index, phrases }: SearchIndex,
  options: WordOptions,
): WordInfo {
  const number = /\d/.test(token.word);
  const base = variants.length > 0 ? knownWeight(token, variants, index, options) : number ? 0 : index.idf(token.stem);
  const readings: Variant[] = [{ stem: token.stem, similarity: 1, via: 'typed' }, ...variants];
  return {
    variants,
    terms: variants.map((v) => index.termOf(v.stem)),
    readings,
    startsPhrase: readings.some((v) => phrases.startsWith(v.stem)),
    exact: exactWord(token, index, options.exactWeight),
    base,
    specificity: specificity(token.word),
    number,
    subject: isSubjectWord(token, variants, index, options),
  };
}

/** The word as written, as a query word of its own, when some keyword has that form and it is not its stem. */
function exactWord(token: Token, index: Bm25fIndex, exactWeight: number): QueryWord | undefined {
  const key = exactKey(token.word);
  const term = token.word === token.stem ? -1 : index.termOf(key);
  if (term < 0) return undefined;
  const weight = index.idf(key) * exactWeight * specificity(token.word);
  return { word: token.word, stem: key, weight, variants: [{ stem: key, similarity: 1, via: 'typed' }], terms: [term] };
}

/**
 * The weight of a word the knowledge base has: the idf of its commonest reading, discounted for
 * prose words and numbers.
 */
function knownWeight(token: Token, variants: readonly Variant[], index: Bm25fIndex, options: WordOptions): number {
  const idf = Math.min(...variants.map((v) => index.idf(v.stem)));
  const prose = variants.some((v) => index.isUsersWord(v.stem)) ? 1 : options.proseWordWeight;
  const number = /\d/.test(token.word) && yearOf(token.word) === 0 ? options.numberWeight : 1;
  return idf * prose * number;
}

/**
 * Whether a word names the sources' subject: rare in everyday English and used by a good share
 * of the entries ("karabakh", "secession", "soviet"), read as typed or through a synonym.
 */
function isSubjectWord(token: Token, variants: readonly Variant[], index: Bm25fIndex, options: WordOptions): boolean {
  if (specificity(token.word) < options.subjectSpecificity) return false;
  return variants.some((v) => v.similarity >= options.synonymSimilarity && index.share(v.stem) >= options.subjectShare);
}
