/**
 * Every tuning constant of the matcher, in one place.
 *
 * How they were chosen: by `npm run eval` on tests/eval/questions.yaml (written before tuning,
 * the way Discord users ask, and kept apart from the knowledge base's own example questions),
 * moving one constant at a time and keeping values inside a plateau where neighbouring values
 * give the same accuracy, so that the choice does not hang on a single question. The figures of
 * the chosen configuration are in bench/RESULTS.md.
 */
export const TUNING = {
  /**
   * Field weights for BM25F. Example questions, keywords and the topic are written in users'
   * words, so they count most; the claim next; the article's own wording (quote, rebuttal, cited
   * paragraphs) least, because it shares many generic words with every other entry.
   */
  fieldWeights: { questions: 3, keywords: 3, topic: 3, claim: 2, quote: 0.8, rebuttal: 0.8, passages: 0.4 },
  /** BM25 term-frequency saturation: a word repeated within a field soon stops adding (1.2–1.5 alike). */
  k1: 1.2,
  /**
   * BM25 length normalisation (field length in characters against the average): long fields are
   * discounted, but only mildly, since a long rebuttal is not a less relevant one (0.3–0.4 alike;
   * from 0.5 one question loses its right first answer).
   */
  b: 0.35,

  /** Similarity given to a term reached through a synonyms.yaml group rather than typed. */
  synonymSimilarity: 0.9,
  /** Fuse.js threshold (errors per pattern character) for correcting a word not in the vocabulary. */
  fuzzyThreshold: 0.34,
  /** Words shorter than this are never fuzzily corrected: "cup" is not a typo of "cut". */
  fuzzyMinLength: 4,
  /** At most this many corrections are kept per misspelt word. */
  fuzzyMaxVariants: 2,
  /** Similarity of a completion: a typed start of a longer vocabulary word. */
  completionSimilarity: 0.8,
  /** A completion adds at most this many letters to what was typed. */
  maxCompletion: 4,

  /**
   * An answer must rest on at least this much evidence: the weight of the words the best entry
   * explains, in units of one unknown word. Refuses "what time is it" (0.04) where every
   * answered on-topic question of the evaluation has 0.35 or more.
   */
  minEvidence: 0.25,
  /**
   * An answer needs the best entry to explain at least this share of the question's content
   * (each word weighted by rarity in the knowledge base and in everyday English; unknown words
   * weigh most). Same results from 0.52 to 0.55; at 0.5 one more near-topic question is
   * answered, from 0.58 on-topic questions start to be refused.
   */
  minCoverage: 0.53,
  /** A best entry explaining less than this is an answer only as a clear winner (0.57–0.66 alike). */
  confidentCoverage: 0.62,
  /** Runner-ups scoring at least this share of the best are close (0.75–0.95 alike). */
  closeRatio: 0.85,
  /**
   * Runner-ups offered as "Other matches" must score at least this share of the best: a
   * runner-up that matched one stray word is noise, not an alternative. (Presentation only.)
   */
  alternativeRatio: 0.3,
} as const;
