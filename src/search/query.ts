import { yearOf } from '../text/dates.ts';
import { specificity } from '../text/english-frequency.ts';
import { FOREIGN_STOP_WORDS } from '../text/foreign-stop-words.ts';
import type { Token } from '../text/tokens.ts';
import type { Bm25fIndex } from './bm25f-index.ts';
import type { Query, QueryWord } from './query-word.ts';
import type { SearchIndex } from './search-index.ts';
import type { SearchOptions } from './search-options.ts';
import { exactKey } from './term-table.ts';
import type { Variant } from './variant.ts';

export type { Query, QueryWord } from './query-word.ts';

/** The options a question's words are weighed by. */
type WordOptions = Pick<
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

/**
 * Turns a question's content tokens into its distinct words with their weights and readings. With
 * `partial`, the text is still being typed: its last word also reads as the start of longer words.
 */
export function buildQuery(
  tokens: readonly Token[],
  search: SearchIndex,
  options: WordOptions,
  partial = false,
): Query {
  const { vocabulary, index } = search;
  const seen = new Set<string>();
  const read: { token: Token; info: WordInfo }[] = [];
  for (const [i, token] of tokens.entries()) {
    if (seen.has(token.stem)) continue;
    seen.add(token.stem);
    const info = infoOf(token, search, options);
    // A word still being typed is the start of a longer one ("con" of "conflict"), whatever it is alone.
    if (partial && i === tokens.length - 1) {
      const variants = vocabulary.withCompletions(token, info.variants);
      read.push({ token, info: describeWord(token, variants, search, options) });
      continue;
    }
    if (FOREIGN_STOP_WORDS.has(token.word) && !info.variants.some((v) => v.via !== 'corrected')) continue;
    read.push({ token, info });
  }
  const onSubject = read.some((r) => r.info.subject);
  // A message mostly of words the knowledge base lacks (another language, another topic) is not
  // read as on the subject because it names Armenia: its unknown words keep their weight.
  const unknown = read.filter((r) => r.info.variants.length === 0 && !r.info.number).length;
  const unknownShare = onSubject && unknown <= read.length * options.unknownMajority ? options.unknownWordWeight : 1;
  const words = read.map(({ token, info }): QueryWord => ({
    word: token.word,
    stem: token.stem,
    variants: info.variants,
    terms: info.terms,
    // As many multiplications in the same order as ever: the figures stay bit for bit.
    weight: (info.variants.length > 0 || info.number ? info.base : info.base * unknownShare) * info.specificity,
  }));
  const exact = read.flatMap(({ info }) => info.exact ?? []);
  const all = exact.length > 0 ? [...words, ...exact] : words;
  if (!read.some((r) => r.info.startsPhrase)) return { words: all, onSubject };
  const readings = new Map(read.map((r) => [r.token.stem, r.info.readings]));
  return { words: [...all, ...search.phrases.find(tokens, readings, index, options.phraseWeight)], onSubject };
}

/** What a word is to one knowledge base, worked out once: its readings, weight and standing. */
interface WordInfo {
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

function infoOf(token: Token, search: SearchIndex, options: WordOptions): WordInfo {
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

function describeWord(
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
