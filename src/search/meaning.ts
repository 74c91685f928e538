import { isUnfamiliar } from '../text/unfamiliar-words.ts';
import { score, type Candidate } from './candidates.ts';
import { decided, type DecisionOptions } from './confidence.ts';
import { MAX_CANDIDATES, type Reading } from './match-result.ts';
import type { Query } from './query-word.ts';
import type { SearchIndex } from './search-index.ts';
import type { SearchOptions } from './search-options.ts';

/** The options the meaning is fused and weighed by (see SearchOptions). */
export type MeaningOptions = DecisionOptions &
  Pick<SearchOptions, 'lexicalWeight' | 'meaningVeto' | 'meaningVetoUnknown' | 'meaningScore' | 'meaningSemantic'>;

/**
 * What the meaning adds to the words' reading (hybrid matching). The words decide whether to
 * answer: their answers and refusals were curated over seven sessions. When they are sure of
 * their entry (verdict "clear") it stays first; when they find several entries close, the first of
 * the fused ranking answers, since a paraphrase is what the words rank worst. Either way an
 * answer is refused when the meaning points away from its entry (semantic score below
 * meaningVeto: the words are shared, the meaning is not), and the fused ranking follows it.
 * A question the words refuse is read again with both fused: answered when the fused best is
 * strong in score and in meaning (meaningScore, meaningSemantic), so an unknown word or a
 * paraphrase no longer sinks it. Chosen on the tuning halves (bench/NOTES.md, twelfth session);
 * fusing first and deciding after lowered the curated tuning half by 4 points (eighth session).
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
    const sure = byWords.verdict === 'clear' ? byWords.candidates[0] : undefined;
    const ranked = sure
      ? [semanticOf(sure), ...fused.filter((c) => c.entry !== sure.entry)].slice(0, MAX_CANDIDATES)
      : fused;
    const [answer] = ranked;
    if (!answer) return byWords;
    const semantic = answer.semantic ?? 0;
    if (semantic < vetoBelow(byWords.unknownWords, options)) {
      // Below meaningVeto the meaning points away: nothing to offer. Above it, only unknown words
      // raised the bar and the meaning did not confirm: the words' entry stays on offer.
      const offered = semantic >= options.meaningVeto ? [answer] : [];
      return {
        ...byWords,
        candidates: ranked,
        answered: false,
        verdict: 'unexplained',
        close: [],
        suggestions: offered,
      };
    }
    // A sure answer keeps the words' verdict (their scores and the fused ones are not comparable).
    if (sure) return { ...byWords, candidates: ranked };
    // Unsure, the words give way to the whole fused ranking (picking only among the words' close
    // entries answered one post fewer right on the tuning half).
    const { close } = decided(fused, query.onSubject, options);
    return { ...byWords, candidates: fused, verdict: close.length > 0 ? 'close' : 'clear', close };
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

/**
 * The semantic score below which the words' answer is refused: higher when the message has words
 * the knowledge base and everyday English do not know, a sign it is about something else.
 */
export function vetoBelow(unknownWords: readonly string[], options: MeaningOptions): number {
  return unknownWords.some(isUnfamiliar) ? options.meaningVetoUnknown : options.meaningVeto;
}
