import type { Entry } from '../knowledge/types.ts';

/** An entry the matcher proposes, with its evidence. */
export interface Candidate {
  readonly entry: Entry;
  /** 0–1: how well the entry matches the whole question. */
  readonly score: number;
  /** 0–1: the weighted share of the question's content the entry explains. */
  readonly coverage: number;
  /** The question's words this entry explains. */
  readonly matched: readonly string[];
  /**
   * The weight of the words explained, in units of the weight of one word the knowledge base
   * lacks: how much specific content the match rests on, whatever the question's length.
   */
  readonly evidence: number;
  /** The lexical score alone (0–1); `score` when no semantic scores were given. */
  readonly lexical: number;
  /** The entry's semantic score for the question (about 0–1), when the model read it. */
  readonly semantic?: number | undefined;
}

/** Every entry's semantic score for one question (in entry order), and its weight in the fused score. */
export interface SemanticScores {
  readonly scores: Float32Array;
  /** The lexical score's share of the fused score; the semantic score has the rest. */
  readonly lexicalWeight: number;
}
