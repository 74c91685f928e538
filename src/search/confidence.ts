import { TUNING } from './tuning.ts';

/** The evidence for one candidate entry. */
export interface Evidence {
  /** Share of the question's weighted content the entry explains (0–1). */
  readonly coverage: number;
  /** Coverage with field weights and saturation applied (0–1). */
  readonly score: number;
  /** Weight of the words explained, in units of one unknown word's weight. */
  readonly evidence: number;
}

/** Why a question was or was not answered. */
export type Verdict =
  | 'clear'        // answered: the best entry explains the question and stands ahead
  | 'close'        // answered, but runner-ups are close: show them alongside
  | 'no-content'   // nothing left after stop words ("hello", "🤔")
  | 'unexplained'  // the best entry leaves too much of the question unexplained
  | 'weak'         // what matches is too little: everyday words the article happens to use
  | 'ambiguous'    // the best explains only part of the question and does not stand out
  | 'out-of-scope'; // it is mostly about a topic the sources do not address (scope.yaml, later events)

/** The decision on a question: answered or not, and which runner-ups are close to the best. */
export interface Decision {
  readonly answered: boolean;
  readonly verdict: Verdict;
  /** Indexes (into the candidates) of runner-ups within TUNING.closeRatio of the best. */
  readonly close: readonly number[];
}

/**
 * Decides from the evidence, not from one magic number. The best candidate must rest on enough
 * specific content (evidence) and explain enough of the question (coverage). How far it stands
 * ahead of the runner-ups then matters: a best that explains most of the question is an answer
 * even when others come close (a close call, shown with them); one that explains only part of it
 * is an answer only as a clear winner.
 */
export function decide(candidates: readonly Evidence[]): Decision {
  const [best, ...rest] = candidates;
  if (!best) return { answered: false, verdict: 'no-content', close: [] };
  const close = rest.flatMap((c, i) => (c.score >= best.score * TUNING.closeRatio ? [i + 1] : []));
  const refuse = (verdict: Verdict): Decision => ({ answered: false, verdict, close });
  if (best.evidence < TUNING.minEvidence) return refuse('weak');
  if (best.coverage < TUNING.minCoverage) return refuse('unexplained');
  if (close.length > 0 && best.coverage < TUNING.confidentCoverage) return refuse('ambiguous');
  return { answered: true, verdict: close.length > 0 ? 'close' : 'clear', close };
}
