import type { Candidate } from './candidate.ts';
import { decided } from './confidence.ts';
import { vetoBelow } from './meaning.ts';
import { MAX_CANDIDATES, type Draft, type MatchResult, type Reading } from './match-result.ts';
import { suggestionsOf, withAlternatives } from './offers.ts';
import type { Rerank, SearchOptions } from './search-options.ts';

// The re-rank step (SearchOptions.rerank), in the order a question goes through the matcher:
//   read its words → rank by the words, fused with the meaning when a model is loaded
//   → re-rank → the verdict: answered, or refused and why.
// The words-and-meaning fusion stays inside the matcher rather than becoming the first re-ranker:
// it is not a re-ordering but a second reading with rules of its own (the words' answer stands
// unless the meaning vetoes it; the meaning rescues what the words refuse), tuned as one.

/** Verdicts given before anything is ranked: the message was not read, so there is nothing to re-rank. */
const UNREAD = new Set<MatchResult['verdict']>(['other-language', 'no-content']);

/**
 * A drafted question after the re-rank step. The step's order is kept (at most MAX_CANDIDATES);
 * the verdict then follows it: a re-ranker that keeps the first entry keeps the matcher's verdict,
 * and one that puts another entry first has that entry judged by the matcher's own bar (see
 * judge). A re-ranker that fails costs nothing but itself: the draft is answered as it stands and
 * `onFailure` hears why.
 */
export async function afterRerank(
  draft: Draft,
  rerank: Rerank,
  options: SearchOptions,
  onFailure: (error: unknown) => void,
): Promise<MatchResult> {
  const { result } = draft;
  if (UNREAD.has(result.verdict)) return result;
  try {
    return settle(draft, await rerank(result.question, result.candidates), options);
  } catch (error) {
    onFailure(error);
    return result;
  }
}

/** The draft with the candidates in the re-ranker's order, and the verdict that order earns. */
export function settle(draft: Draft, order: readonly Candidate[], options: SearchOptions): MatchResult {
  const { result, onSubject } = draft;
  const { alternatives: _, ...reading } = result;
  const candidates = order.slice(0, MAX_CANDIDATES);
  const shown = (id: string) => candidates.some((c) => c.entry.id === id);
  const [first] = candidates;
  if (first?.entry === result.candidates[0]?.entry) {
    return withAlternatives({ ...reading, candidates, close: result.close.filter(shown) }, options);
  }
  const verdict = judge(candidates, onSubject, result.notAddressed.length > 0, result.unknownWords, options);
  const answeredBy = verdict.answered ? first?.entry.id : undefined;
  return withAlternatives(
    {
      ...reading,
      ...verdict,
      candidates,
      suggestions: verdict.answered ? [] : suggestionsOf(candidates, onSubject, options),
      alsoRaises: result.alsoRaises.filter((c) => c.entry.id !== answeredBy),
    },
    options,
  );
}

/**
 * The verdict on a list whose first entry the re-ranker chose: the bar the matcher sets any best
 * candidate. The words' (evidence and coverage, close runner-ups); where the meaning was read, its
 * veto (semantic below meaningVeto, or meaningVetoUnknown: see vetoBelow) and its rescue (score
 * and semantic at meaningScore and meaningSemantic); for a question naming a topic the sources do
 * not address, coverage of at least namedTopicMinCoverage, and the words alone.
 */
function judge(
  candidates: readonly Candidate[],
  onSubject: boolean,
  namesTopic: boolean,
  unknownWords: readonly string[],
  options: SearchOptions,
): Pick<Reading, 'answered' | 'verdict' | 'close'> {
  const byWords = decided(candidates, onSubject, options);
  const [best] = candidates;
  const semantic = best?.semantic;
  const vetoed = semantic !== undefined && semantic < vetoBelow(unknownWords, options);
  if (namesTopic && !(byWords.answered && (best?.coverage ?? 0) >= options.namedTopicMinCoverage)) {
    return { answered: false, verdict: 'out-of-scope', close: [] };
  }
  if (vetoed) return { answered: false, verdict: 'unexplained', close: [] };
  const meant =
    semantic !== undefined && (best?.score ?? 0) >= options.meaningScore && semantic >= options.meaningSemantic;
  if (byWords.answered || !meant) return byWords;
  return { answered: true, verdict: byWords.close.length > 0 ? 'close' : 'clear', close: byWords.close };
}
