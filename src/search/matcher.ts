import type { KnowledgeBase } from '../knowledge/types.ts';
import { blankAttribution } from '../text/attribution.ts';
import { blankMarkup } from '../text/message-text.ts';
import { otherLanguageOf, type OtherLanguage } from '../text/language.ts';
import { capInput } from '../text/normalize.ts';
import { contentTokens } from '../text/tokens.ts';
import { findClaims, type MessageClaims } from './claims.ts';
import { decided, type Verdict } from './confidence.ts';
import { score, type Candidate } from './candidates.ts';
import { readMeaning } from './meaning.ts';
import { bySentence, otherClaims, plainOf } from './message-parts.ts';
import { buildQuery } from './query.ts';
import { ScopeIndex } from './scope.ts';
import { TUNING } from './tuning.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

export type { Candidate } from './candidates.ts';

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

export { MAX_ALSO, plainOf, textsToRead } from './message-parts.ts';

/**
 * Answers free-text questions from one knowledge base. Pure and synchronous: the semantic scores,
 * when there are any, are computed beforehand (src/search/hybrid-matcher.ts) and looked up here.
 */
export interface Matcher {
  readonly knowledge: KnowledgeBase;
  /** The best entries for a question and the decision whether they answer it. */
  ask(question: string, semantic?: SemanticView): MatchResult;
  /** The claims of a whole message (up to 2,000 characters) that the article responds to. */
  claims(message: string, semantic?: SemanticView): MessageClaims;
  /**
   * Up to `limit` entries ranked for text being typed, with no decision: the last word may be
   * unfinished, so it also matches the words it starts ("col" → "colony").
   */
  rank(partial: string, limit: number): readonly Candidate[];
  /**
   * Reads a text's words without matching them: a word seen for the first time is corrected
   * (Fuse.js, the costliest step at first sight) and the correction kept for the ask that follows.
   */
  readWords(text: string): void;
}

/** A matcher over a knowledge base, on its search index (built here unless given, e.g. from a worker). */
export function createMatcher(knowledge: KnowledgeBase, search: SearchIndex = buildSearchIndex(knowledge)): Matcher {
  const scope = new ScopeIndex(knowledge);
  return {
    knowledge,
    ask: (question, semantic) => ask(search, scope, capInput(question), true, semantic),
    claims: (message, semantic) => findClaims((text) => ask(search, scope, capInput(text), true, semantic), message),
    readWords: (text) => void buildQuery(contentTokens(plainOf(text)), search),
    rank: (partial, limit) => {
      const { words, onSubject } = buildQuery(contentTokens(blankMarkup(capInput(partial))), search, true);
      return score(search, words, limit).filter((c) => hasEvidence(c, onSubject));
    },
  };
}

/** Whether a candidate rests on the evidence an answer would need (TUNING.minEvidence and the like). */
function hasEvidence(candidate: Candidate, onSubject: boolean): boolean {
  return candidate.evidence >= (onSubject ? TUNING.minEvidence : TUNING.offSubjectMinEvidence);
}


/** Answers a question; `whole` is false for one part of a message, which is not split again. */
function ask(search: SearchIndex, scope: ScopeIndex, question: string, whole = true, semantic?: SemanticView): MatchResult {
  const plain = blankAttribution(blankMarkup(question));
  const tokens = contentTokens(plain);
  const query = buildQuery(tokens, search);
  const { words, onSubject } = query;
  const candidates = score(search, words, MAX_CANDIDATES);
  const unknownWords = words.filter((w) => w.variants.length === 0).map((w) => w.word);
  const dense = semantic?.(plain);
  const base = { question, candidates, unknownWords, suggestions: [], alsoRaises: [], matcher: dense ? 'hybrid' as const : 'lexical' as const };
  const again = (part: string) => ask(search, scope, part, false, semantic);
  // A message the bot cannot read is told so, not answered from the names it shares with English.
  const language = whole ? otherLanguageOf(plain) : undefined;
  if (language) return { ...base, answered: false, verdict: 'other-language', close: [], notAddressed: [], language };
  if (words.length === 0) return { ...base, answered: false, verdict: 'no-content', close: [], notAddressed: [] };
  const hits = scope.find(tokens);
  const notAddressed = hits.map((h) => h.topic);
  if (hits.length === 0) {
    let decision = decided(candidates, onSubject);
    if (!decision.answered && whole) decision = bySentence(plain, candidates, again) ?? decision;
    const suggestions = decision.answered ? [] : candidates.filter((c) => hasEvidence(c, onSubject) && c.coverage >= TUNING.suggestionCoverage);
    const byWords: MatchResult = { ...base, ...decision, notAddressed, suggestions };
    const read = dense ? readMeaning(search, query, byWords, dense) : byWords;
    const answeredBy = read.answered ? read.candidates[0]?.entry.id : undefined;
    return whole ? { ...read, alsoRaises: otherClaims(plain, answeredBy, again) } : read;
  }
  // The question names something the article does not address. Its words for that topic keep
  // their weight but no entry may explain them: the question is answered only if an entry still
  // explains enough of the whole question, and then the topic comes as a caveat.
  // Each of them weighs as the rarest word, however everyday ("won the war"): the phrase names
  // the topic, and the topic is what the question is about.
  const named = new Set(hits.flatMap((h) => [...h.stems]));
  const unexplained = words.map((w) => (named.has(w.stem) ? { ...w, weight: search.index.idf(''), variants: [], terms: [] } : w));
  const rest = score(search, unexplained, MAX_CANDIDATES);
  const decision = decided(rest, onSubject);
  const answered = decision.answered && (rest[0]?.coverage ?? 0) >= TUNING.namedTopicMinCoverage;
  // "Karabakh was always Armenian and the referendum was legal": the article answers one half.
  const alsoRaises = whole ? otherClaims(plain, answered ? rest[0]?.entry.id : undefined, again) : [];
  if (answered) {
    // The meaning may still point away from the answer (it never answers what the words refused here).
    const byWords: MatchResult = { ...base, candidates: rest, ...decision, notAddressed, alsoRaises };
    return dense ? readMeaning(search, query, byWords, dense) : byWords;
  }
  return { ...base, candidates: rest, answered: false, verdict: 'out-of-scope', close: [], notAddressed, alsoRaises };
}
