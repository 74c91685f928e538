import type { Candidate } from './candidate.ts';
import type { SearchOptions } from './search-options.ts';

/** The options an answer is decided by (see SearchOptions). */
export type DecisionOptions = Pick<
  SearchOptions,
  | 'closeRatio'
  | 'minEvidence'
  | 'offSubjectMinEvidence'
  | 'minCoverage'
  | 'dominantRatio'
  | 'dominantEvidence'
  | 'dominantCoverage'
>;

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
  | 'clear' // answered: the best entry explains the question and stands ahead
  | 'close' // answered, but runner-ups are close: show them alongside
  | 'no-content' // nothing left after stop words ("hello", "🤔")
  | 'unexplained' // the best entry leaves too much of the question unexplained
  | 'weak' // what matches is too little: everyday words the article happens to use
  | 'out-of-scope' // it is mostly about a topic the sources do not address (scope.yaml, later events)
  | 'other-language'; // written in Turkish, Azerbaijani, Russian, Ukrainian or Armenian: the bot reads English

/** The decision on a question: answered or not, and which runner-ups are close to the best. */
export interface Decision {
  readonly answered: boolean;
  readonly verdict: Verdict;
  /** Indexes (into the candidates) of runner-ups within closeRatio of the best. */
  readonly close: readonly number[];
}

/**
 * Decides from the evidence, not from one magic number. The best candidate must rest on enough
 * specific content (evidence) and explain enough of the question (coverage). A question that does
 * not name the sources' subject needs more evidence: one shared word is a coincidence ("the
 * capital of France"). Runner-ups close to the best make a close call, answered and shown with
 * them: the article's arguments build on each other, and on real messages a close runner-up is
 * most often another right answer (refusing close calls cost 4 of 87 right answers on the tuning
 * half of the real phrasings and refused nothing more that was off-topic).
 */
export function decide(candidates: readonly Evidence[], onSubject: boolean, options: DecisionOptions): Decision {
  const [best, ...rest] = candidates;
  if (!best) return { answered: false, verdict: 'no-content', close: [] };
  const close = rest.flatMap((c, i) => (c.score >= best.score * options.closeRatio ? [i + 1] : []));
  const refuse = (verdict: Verdict): Decision => ({ answered: false, verdict, close });
  if (!hasEvidence(best, onSubject, options)) return refuse('weak');
  if (best.coverage < options.minCoverage && !dominant(best, rest[0], options)) return refuse('unexplained');
  return { answered: true, verdict: close.length > 0 ? 'close' : 'clear', close };
}

/** Whether a candidate rests on the evidence an answer would need (minEvidence, or offSubjectMinEvidence). */
export function hasEvidence(
  candidate: Evidence,
  onSubject: boolean,
  options: Pick<DecisionOptions, 'minEvidence' | 'offSubjectMinEvidence'>,
): boolean {
  return candidate.evidence >= (onSubject ? options.minEvidence : options.offSubjectMinEvidence);
}

/** Whether the best candidate stands far ahead of the runner-up on plenty of evidence (dominantRatio). */
function dominant(best: Evidence, runnerUp: Evidence | undefined, options: DecisionOptions): boolean {
  return (
    best.coverage >= options.dominantCoverage &&
    best.evidence >= options.dominantEvidence &&
    (runnerUp?.score ?? 0) <= best.score * options.dominantRatio
  );
}

/** A decision with its close runner-ups named by entry id. */
export type Decided = { readonly answered: boolean; readonly verdict: Verdict; readonly close: readonly string[] };

/** The decision on a question that has content words (so no candidate at all means none is explained). */
export function decided(candidates: readonly Candidate[], onSubject: boolean, options: DecisionOptions): Decided {
  if (candidates.length === 0) return { answered: false, verdict: 'unexplained', close: [] };
  const decision = decide(candidates, onSubject, options);
  const close = decision.close.flatMap((i) => candidates[i]?.entry.id ?? []);
  return { answered: decision.answered, verdict: decision.verdict, close };
}
