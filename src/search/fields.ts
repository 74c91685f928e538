/**
 * The fields of an entry the matcher scores, in the order BM25F sums them (the order is part of
 * the figures: floating-point sums are summed in it). Each has a weight in SearchOptions.
 */
export const FIELDS = ['questions', 'keywords', 'topic', 'claim', 'quote', 'rebuttal', 'passages'] as const;

/** One field of an entry the matcher scores. */
export type Field = (typeof FIELDS)[number];
