import type { Candidate } from './candidate.ts';
import { DEFAULT_SEARCH_OPTIONS } from './search-defaults.ts';

/**
 * A search-time step that re-orders (or re-scores) the candidates of a question after the words
 * and the meaning have ranked them, and before the verdict is final: a cross-encoder, a boost for
 * some entries, a model of what a community asks. It gets the question as the matcher considered
 * it and its candidates, best first (at most MAX_CANDIDATES), and returns them in its order; it may
 * drop some, and may change their `score`, but the evidence each carries (coverage, evidence,
 * semantic) is the matcher's and is what the verdict is judged on (see rerank-step.ts).
 */
export type Rerank = (
  question: string,
  candidates: readonly Candidate[],
) => Promise<readonly Candidate[]> | readonly Candidate[];

/** Widens the literal types of the defaults (`0.35`) to their kind (`number`), field names kept. */
type Widened<T> = T extends number
  ? number
  : T extends string
    ? T
    : T extends readonly (infer U)[]
      ? readonly Widened<U>[]
      : { readonly [K in keyof T]: Widened<T[K]> };

/**
 * Everything a matcher can be tuned by, each documented with its default and how it was chosen
 * in search-defaults.ts and decision-defaults.ts; plus the optional re-rank step, which has no
 * default (none).
 */
export type SearchOptions = Widened<typeof DEFAULT_SEARCH_OPTIONS> & {
  /** Applied by the hybrid matcher (src/search/hybrid-matcher.ts) to every question it answers. */
  readonly rerank?: Rerank | undefined;
};

/** The field weights of SearchOptions: a weight per field of an entry. */
export type FieldWeights = SearchOptions['fieldWeights'];

/** What a caller passes: any options, the rest taken from the defaults; field weights merged one by one. */
export type SearchOptionsInput = Partial<Omit<SearchOptions, 'fieldWeights'>> & {
  readonly fieldWeights?: Partial<FieldWeights>;
};

/**
 * The options that shape a built search index (BM25F and the vocabulary's readings): an index
 * restored in one thread must have been built with the same ones in the other.
 */
export const INDEX_OPTIONS = [
  'fieldWeights',
  'usersFields',
  'k1',
  'b',
  'synonymSimilarity',
  'fuzzyMinLength',
  'fuzzyMaxVariants',
  'completionSimilarity',
  'maxCompletion',
] as const satisfies readonly (keyof SearchOptions)[];

/** The part of SearchOptions a search index is built with. */
export type IndexOptions = Pick<SearchOptions, (typeof INDEX_OPTIONS)[number]>;

/**
 * The defaults with `given` laid over them: done once, where a matcher (or an index) is made,
 * and then passed down; nothing below reads the defaults on its own.
 */
export function resolveSearchOptions(given: SearchOptionsInput = {}): SearchOptions {
  // An option given as undefined is not given: its default stands.
  const set = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  const fieldWeights = { ...DEFAULT_SEARCH_OPTIONS.fieldWeights, ...given.fieldWeights };
  return Object.freeze({ ...DEFAULT_SEARCH_OPTIONS, ...set, fieldWeights: Object.freeze(fieldWeights) });
}

/** Whether two sets of options build the same search index. */
export function sameIndexOptions(a: IndexOptions, b: IndexOptions): boolean {
  return INDEX_OPTIONS.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}
