// What insights record of an answer: built here, from the pipeline's own results, so that every
// surface records the same thing for the same text.
import type { AskOutcome } from '../insights/question-event.ts';
import type { Reading } from '../reading/reading.ts';
import type { MessageClaims } from '../search/claims.ts';
import type { Candidate, MatchResult } from '../search/matcher.ts';

/** A candidate as recorded: its entry id and its score to three decimals. */
const scored = (c: Candidate) => [c.entry.id, Math.round(c.score * 1000) / 1000] as const;

/** A match's outcome as insights record it. */
export function outcomeOf(match: MatchResult): AskOutcome {
  return {
    verdict: match.verdict,
    entryId: match.answered ? match.candidates[0]?.entry.id : undefined,
    candidates: match.candidates.map(scored),
    question: match.question,
  };
}

/** A reading's outcome: chat, about and topic questions by their kind. */
export function readingOutcome(reading: Reading): AskOutcome {
  if (reading.match) return outcomeOf(reading.match);
  const candidates = reading.picks.map((e) => [e.id, 0] as const);
  return { verdict: reading.kind, entryId: undefined, candidates, question: reading.text };
}

/** An entry reached by name (an autocomplete pick, a suggestion button). */
export function pickedOutcome(id: string, topic: string): AskOutcome {
  return { verdict: 'picked', entryId: id, candidates: [[id, 1]], question: topic };
}

/** A whole message countered: its claims' entries, or the whole message's match when it had none. */
export function counterOutcome(found: MessageClaims, whole: MatchResult | undefined): AskOutcome {
  const first = found.claims[0]?.result;
  if (!first) {
    return whole
      ? { ...outcomeOf(whole), question: found.text }
      : { verdict: 'no-content', entryId: undefined, candidates: [], question: found.text };
  }
  const candidates = found.claims.flatMap((c) => (c.result.candidates[0] ? [scored(c.result.candidates[0])] : []));
  return { verdict: first.verdict, entryId: candidates[0]?.[0], candidates, question: found.text };
}
