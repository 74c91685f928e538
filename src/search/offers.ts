import type { Candidate } from './candidate.ts';
import { hasEvidence } from './confidence.ts';
import type { MatchResult, Reading } from './match-result.ts';
import type { SearchOptions } from './search-options.ts';

// What a result offers besides its answer. Presentation only: these choose what is shown, never
// whether a question is answered.

/**
 * The candidates of a question not answered that are worth offering as "closest topics": those
 * with an answer's evidence that explain at least suggestionCoverage of the question.
 */
export function suggestionsOf(
  candidates: readonly Candidate[],
  onSubject: boolean,
  options: Pick<SearchOptions, 'minEvidence' | 'offSubjectMinEvidence' | 'suggestionCoverage'>,
): Candidate[] {
  return candidates.filter((c) => hasEvidence(c, onSubject, options) && c.coverage >= options.suggestionCoverage);
}

/** The result with its alternatives (see MatchResult.alternatives): the close runner-ups are always among them. */
export function withAlternatives(reading: Reading, options: Pick<SearchOptions, 'alternativeRatio'>): MatchResult {
  const [best, ...rest] = reading.candidates;
  const alternatives =
    reading.answered && best
      ? rest.filter((c) => c.score >= best.score * options.alternativeRatio || reading.close.includes(c.entry.id))
      : [];
  return { ...reading, alternatives };
}
