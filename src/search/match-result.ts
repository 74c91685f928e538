import type { OtherLanguage } from '../text/language.ts';
import type { Candidate } from './candidate.ts';
import type { Verdict } from './confidence.ts';

/**
 * Every entry's semantic score for a text as the matcher reads it (see plainOf), in entry order;
 * undefined for a text that was not embedded, which is then matched lexically.
 */
export type SemanticView = (plain: string) => Float32Array | undefined;

/** Most candidates a result carries: the answer and two alternatives. */
export const MAX_CANDIDATES = 3;

/** The matcher's answer to one question. */
export interface MatchResult {
  /** The question as considered (capped to MAX_INPUT_CHARS). */
  readonly question: string;
  readonly answered: boolean;
  readonly verdict: Verdict;
  /** Up to MAX_CANDIDATES entries, best first: the answer and alternatives, or suggestions. */
  readonly candidates: readonly Candidate[];
  /** Ids of runner-ups that scored close to the best. */
  readonly close: readonly string[];
  /**
   * With an answer, the runner-ups worth offering beside it as "Other matches": the close ones,
   * and those scoring at least SearchOptions.alternativeRatio of the best (one that matched a
   * stray word is noise, not an alternative). Empty when not answered.
   */
  readonly alternatives: readonly Candidate[];
  /** Content words of the question that the knowledge base does not know at all. */
  readonly unknownWords: readonly string[];
  /**
   * Topics the question names that the sources do not address (scope.yaml, later events). With
   * verdict "out-of-scope" they are the reason it is not answered; with an answer, a caveat.
   */
  readonly notAddressed: readonly string[];
  /**
   * For a question not answered, the candidates worth offering as "closest topics": those with
   * the evidence an answer would need. Empty when answered, out of scope, or when the only
   * overlap is a common word ("who won the 2018 FIFA World Cup?" shares only "world").
   */
  readonly suggestions: readonly Candidate[];
  /** How the question was read: by words and meaning fused, or by words alone. */
  readonly matcher: 'hybrid' | 'lexical';
  /** With verdict "other-language": the language it is written in. */
  readonly language?: OtherLanguage | undefined;
  /**
   * Other claims the message makes that other entries answer (its other sentences, or the other
   * half of "X and Y"), strongest first, at most MAX_ALSO: offered as picks beside the answer.
   */
  readonly alsoRaises: readonly Candidate[];
}

/** A result before its alternatives are chosen: what the steps of the matcher pass along. */
export type Reading = Omit<MatchResult, 'alternatives'>;

/**
 * A question read and ranked by the synchronous matcher: its result, and what the re-rank step
 * (rerank-step.ts) needs to judge another first candidate the way the matcher judged this one.
 */
export interface Draft {
  readonly result: MatchResult;
  /** Whether the question names the sources' subject (an answer off it needs more evidence). */
  readonly onSubject: boolean;
}
