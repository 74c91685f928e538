import { yearOf } from '../text/dates.ts';
import { specificity } from '../text/english-frequency.ts';
import { FOREIGN_STOP_WORDS } from '../text/foreign-stop-words.ts';
import type { Token } from '../text/tokens.ts';
import { exactKey } from './term-table.ts';
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
  /** The index's term id of each reading, in the same order. */
  readonly terms: readonly number[];
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
  const read: { token: Token; info: WordInfo }[] = [];
  for (const [i, token] of tokens.entries()) {
    if (seen.has(token.stem)) continue;
    seen.add(token.stem);
    const info = infoOf(token, search);
    // A word still being typed is the start of a longer one ("con" of "conflict"), whatever it is alone.
    if (partial && i === tokens.length - 1) {
      read.push({ token, info: describeWord(token, vocabulary.withCompletions(token, info.variants), search) });
      continue;
    }
    if (FOREIGN_STOP_WORDS.has(token.word) && !info.variants.some((v) => v.via !== 'corrected')) continue;
    read.push({ token, info });
  }
  const onSubject = read.some((r) => r.info.subject);
  // A message mostly of words the knowledge base lacks (another language, another topic) is not
  // read as on the subject because it names Armenia: its unknown words keep their weight.
  const unknown = read.filter((r) => r.info.variants.length === 0 && !r.info.number).length;
  const unknownShare = onSubject && unknown <= read.length * TUNING.unknownMajority ? TUNING.unknownWordWeight : 1;
  const words = read.map(({ token, info }): QueryWord => ({
    word: token.word, stem: token.stem, variants: info.variants, terms: info.terms,
    // As many multiplications in the same order as ever: the figures stay bit for bit.
    weight: (info.variants.length > 0 || info.number ? info.base : info.base * unknownShare) * info.specificity,
  }));
  const exact = read.flatMap(({ info }) => info.exact ?? []);
  const all = exact.length > 0 ? [...words, ...exact] : words;
  if (!read.some((r) => r.info.startsPhrase)) return { words: all, onSubject };
  const readings = new Map(read.map((r) => [r.token.stem, r.info.readings]));
  return { words: [...all, ...search.phrases.find(tokens, readings, index)], onSubject };
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

// Per knowledge base (a reload makes a new SearchIndex), per folded word: people reuse words.
const infos = new WeakMap<SearchIndex, Map<string, WordInfo>>();
const MAX_INFOS = 50_000;

function infoOf(token: Token, search: SearchIndex): WordInfo {
  let cache = infos.get(search);
  if (!cache) infos.set(search, (cache = new Map()));
  let info = cache.get(token.word);
  if (!info) {
    if (cache.size >= MAX_INFOS) cache.clear();
    info = describeWord(token, search.vocabulary.variants(token), search);
    cache.set(token.word, info);
  }
  return info;
}

function describeWord(token: Token, variants: readonly Variant[], { index, phrases }: SearchIndex): WordInfo {
  const number = /\d/.test(token.word);
  const base = variants.length > 0 ? knownWeight(token, variants, index) : number ? 0 : index.idf(token.stem);
  const readings: Variant[] = [{ stem: token.stem, similarity: 1, via: 'typed' }, ...variants];
  return {
    variants,
    terms: variants.map((v) => index.termOf(v.stem)),
    readings,
    startsPhrase: readings.some((v) => phrases.startsWith(v.stem)),
    exact: exactWord(token, index),
    base,
    specificity: specificity(token.word),
    number,
    subject: isSubjectWord(token, variants, index),
  };
}

/** The word as written, as a query word of its own, when some keyword has that form and it is not its stem. */
function exactWord(token: Token, index: Bm25fIndex): QueryWord | undefined {
  const key = exactKey(token.word);
  const term = token.word === token.stem ? -1 : index.termOf(key);
  if (term < 0) return undefined;
  const weight = index.idf(key) * TUNING.exactWeight * specificity(token.word);
  return { word: token.word, stem: key, weight, variants: [{ stem: key, similarity: 1, via: 'typed' }], terms: [term] };
}

/** The weight of a word the knowledge base has: the idf of its commonest reading, discounted for prose words and numbers. */
function knownWeight(token: Token, variants: readonly Variant[], index: Bm25fIndex): number {
  const idf = Math.min(...variants.map((v) => index.idf(v.stem)));
  const prose = variants.some((v) => index.isUsersWord(v.stem)) ? 1 : TUNING.proseWordWeight;
  const number = /\d/.test(token.word) && yearOf(token.word) === 0 ? TUNING.numberWeight : 1;
  return idf * prose * number;
}

/**
 * Whether a word names the sources' subject: rare in everyday English and used by a good share
 * of the entries ("karabakh", "secession", "soviet"), read as typed or through a synonym.
 */
function isSubjectWord(token: Token, variants: readonly Variant[], index: Bm25fIndex): boolean {
  if (specificity(token.word) < TUNING.subjectSpecificity) return false;
  return variants.some((v) => v.similarity >= TUNING.synonymSimilarity && index.share(v.stem) >= TUNING.subjectShare);
}
