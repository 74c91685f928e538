import { score, type Candidate } from './candidates.ts';
import { decided, type DecisionOptions } from './confidence.ts';
import { MAX_CANDIDATES, type Reading } from './match-result.ts';
import type { Query } from './query-word.ts';
import type { SearchIndex } from './search-index.ts';
import type { SearchOptions } from './search-options.ts';

/** The options the meaning is fused and weighed by (see SearchOptions). */
export type MeaningOptions = DecisionOptions &
  Pick<SearchOptions, 'lexicalWeight' | 'meaningVeto' | 'meaningScore' | 'meaningSemantic'>;

/**
 * What the meaning adds to the words' answer (hybrid matching). The words decide first: their
 * answers were curated over seven sessions and stand, unless the meaning points away from them
 * (the entry's semantic score below meaningVeto: the words are shared, the meaning is
 * not). A question the words refuse is read again with both fused: answered
 * when the fused best is strong in score and in meaning (meaningScore, meaningSemantic),
 * so an unknown word or a paraphrase no longer sinks it. The ranking shown is the fused one
 * after the words' answer. Chosen on the tuning halves (bench/NOTES.md, eighth session): every
 * figure of both sets at or above the words' alone; fusing first and deciding after lowered the
 * curated tuning half by 4 points.
 */
export function readMeaning(
  search: SearchIndex,
  query: Query,
  byWords: Reading,
  dense: Float32Array,
  options: MeaningOptions,
): Reading {
  const fused = score(search, query.words, MAX_CANDIDATES, { scores: dense, lexicalWeight: options.lexicalWeight });
  const semanticOf = (c: Candidate): Candidate => ({ ...c, semantic: dense[search.entries.indexOf(c.entry)] ?? 0 });
  if (byWords.answered) {
    const [answer, ...others] = byWords.candidates.map(semanticOf);
    if (!answer) return byWords;
    const candidates = [answer, ...fused.filter((c) => c.entry !== answer.entry)].slice(0, MAX_CANDIDATES);
    if ((answer.semantic ?? 0) < options.meaningVeto)
      return { ...byWords, candidates, answered: false, verdict: 'unexplained', close: [], suggestions: [] };
    const close = byWords.close.filter(
      (id) => candidates.some((c) => c.entry.id === id) || others.some((c) => c.entry.id === id),
    );
    return { ...byWords, candidates, close };
  }
  const [best] = fused;
  const meant =
    best !== undefined && best.score >= options.meaningScore && (best.semantic ?? 0) >= options.meaningSemantic;
  if (!meant) return { ...byWords, candidates: fused, suggestions: byWords.suggestions.map(semanticOf) };
  const decision = decided(fused, query.onSubject, options);
  return {
    ...byWords,
    candidates: fused,
    answered: true,
    verdict: decision.close.length > 0 ? 'close' : 'clear',
    close: decision.close,
    suggestions: [],
  };
}
