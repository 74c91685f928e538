// When the matcher answers, and what it offers when it does not: the decision's thresholds, as a
// matcher runs by default. Kept apart from the weights of the words and of the meaning
// (search-defaults.ts, which takes these in): those decide how candidates score, these judge the
// scores (confidence.ts, offers.ts).

/**
 * The defaults of the options that decide whether an answer stands, and which others are offered.
 * Chosen as search-defaults.ts tells: on the tuning halves of the evaluation sets, one at a time.
 */
export const DEFAULT_DECISION_OPTIONS = {
  /**
   * An answer must rest on at least this much evidence: the weight of the words the best entry
   * explains, in units of one unknown word. Refuses "what time is it" (0.04) where every
   * answered on-topic question of the evaluation has 0.35 or more.
   */
  minEvidence: 0.25,
  /**
   * The least evidence for a question that names no subject word (see query.ts): one shared word
   * ("France") is not enough. (0.6–1 alike; at 0.4 "what is the capital of france" is answered.)
   */
  offSubjectMinEvidence: 0.6,
  /**
   * An answer needs the best entry to explain at least this share of the question's content
   * (each word weighted as in search-defaults.ts). On the tuning half of 339 real posts, 0.41–0.43 alike; at 0.40
   * one more off-topic post is answered; from 0.44 long real messages whose first candidate is
   * right are refused. (It was 0.4 on 301 posts, where 0.4–0.42 were alike.)
   */
  minCoverage: 0.42,
  /**
   * A message that explains too little overall is still answered when one entry stands far ahead
   * of every other (the runner-up scores at most dominantRatio of it) on plenty of evidence:
   * long news sentences and statements name people, bodies and dates around one argument.
   * Chosen on the tuning half: 3 more of its posts answered right, nothing off-topic answered;
   * ratio 0.4–0.6, evidence 1.5–2.5 and coverage 0.15–0.2 alike.
   */
  dominantRatio: 0.5,
  dominantEvidence: 2,
  dominantCoverage: 0.2,
  /**
   * A clause of a long sentence is tried on its own (see bySentence in message-parts.ts) when it has at
   * least this many content words. (Tuning half: 2 answers three more posts right, 3 two, 5 none;
   * none answers more off-topic posts.)
   */
  clauseMinWords: 2,
  /**
   * A question not answered is offered an entry as a "closest topic" only if the entry has an
   * answer's evidence and explains at least this share of the question. (Presentation only.)
   */
  suggestionCoverage: 0.2,
  /**
   * A question that names a topic the sources do not address (scope.yaml) is answered only if
   * the best entry explains at least this share of it all the same; otherwise it gets the plain
   * "does not address" reply. (0.5 refuses every off-topic question of questions.yaml's tuning
   * half; at 0.55 a real message that the article answers is refused.)
   */
  namedTopicMinCoverage: 0.5,
  /** Runner-ups scoring at least this share of the best are close (0.75–0.95 alike). */
  closeRatio: 0.85,
  /**
   * Runner-ups offered as "Other matches" must score at least this share of the best: a
   * runner-up that matched one stray word is noise, not an alternative. (Presentation only.)
   */
  alternativeRatio: 0.3,
} as const;
