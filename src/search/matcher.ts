import type { KnowledgeBase } from '../knowledge/types.ts';
import { clausesOf, messageSentences } from '../text/sentences.ts';
import { blankAttribution } from '../text/attribution.ts';
import { blankMarkup } from '../text/message-text.ts';
import { capInput } from '../text/normalize.ts';
import { contentTokens } from '../text/tokens.ts';
import { findClaims, type MessageClaims } from './claims.ts';
import { decide, type Verdict } from './confidence.ts';
import { score, type Candidate } from './candidates.ts';
import { buildQuery } from './query.ts';
import { ScopeIndex } from './scope.ts';
import { TUNING } from './tuning.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

export type { Candidate } from './candidates.ts';

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
}

/** Answers free-text questions from one knowledge base. Pure and synchronous. */
export interface Matcher {
  readonly knowledge: KnowledgeBase;
  /** The best entries for a question and the decision whether they answer it. */
  ask(question: string): MatchResult;
  /** The claims of a whole message (up to 2,000 characters) that the article responds to. */
  claims(message: string): MessageClaims;
  /**
   * Up to `limit` entries ranked for text being typed, with no decision: the last word may be
   * unfinished, so it also matches the words it starts ("col" → "colony").
   */
  rank(partial: string, limit: number): readonly Candidate[];
}

/** A matcher over a knowledge base, on its search index (built here unless given, e.g. from a worker). */
export function createMatcher(knowledge: KnowledgeBase, search: SearchIndex = buildSearchIndex(knowledge)): Matcher {
  const scope = new ScopeIndex(knowledge);
  return {
    knowledge,
    ask: (question) => ask(search, scope, capInput(question)),
    claims: (message) => findClaims((text) => ask(search, scope, capInput(text)), message),
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


/** Answers a question; `whole` is false for one sentence of it, which is not split again. */
function ask(search: SearchIndex, scope: ScopeIndex, question: string, whole = true): MatchResult {
  const plain = blankAttribution(blankMarkup(question));
  const tokens = contentTokens(plain);
  const { words, onSubject } = buildQuery(tokens, search);
  const candidates = score(search, words, MAX_CANDIDATES);
  const unknownWords = words.filter((w) => w.variants.length === 0).map((w) => w.word);
  const base = { question, candidates, unknownWords, suggestions: [] };
  if (words.length === 0) return { ...base, answered: false, verdict: 'no-content', close: [], notAddressed: [] };
  const hits = scope.find(tokens);
  const notAddressed = hits.map((h) => h.topic);
  if (hits.length === 0) {
    let decision = decided(candidates, onSubject);
    if (!decision.answered && whole) decision = bySentence(search, scope, plain, candidates) ?? decision;
    const suggestions = decision.answered ? [] : candidates.filter((c) => hasEvidence(c, onSubject) && c.coverage >= TUNING.suggestionCoverage);
    return { ...base, ...decision, notAddressed, suggestions };
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
  if (decision.answered && (rest[0]?.coverage ?? 0) >= TUNING.namedTopicMinCoverage) return { ...base, candidates: rest, ...decision, notAddressed };
  return { ...base, candidates: rest, answered: false, verdict: 'out-of-scope', close: [], notAddressed };
}

/**
 * A message of several sentences that is refused as a whole is answered when one of its sentences
 * alone is answered by the entry the whole message ranks first: "We offered autonomy. We said
 * there are good examples in Europe. They rejected everything." is about the autonomy offer, though
 * its other sentences bring words no entry explains. Requiring the same first entry keeps an
 * off-topic message with one stray on-topic sentence refused. A message of one long sentence is
 * read clause by clause the same way ("Sitting in a Yerevan cafe last night, we argued for hours
 * about football and politics, but everyone agreed Karabakh was never a colony"). (Tuning half of
 * the real phrasings: one more answered right by sentences, three by clauses; none more off-topic
 * answered.)
 */
function bySentence(search: SearchIndex, scope: ScopeIndex, plain: string, candidates: readonly Candidate[]): Decided | undefined {
  const [first] = candidates;
  if (!first) return undefined;
  const sentences = messageSentences(plain);
  const parts = sentences.length >= 2 ? sentences
    : clausesOf(plain).filter((clause) => contentTokens(clause.text).length >= TUNING.clauseMinWords);
  if (parts.length < 2) return undefined;
  for (const part of parts) {
    const result = ask(search, scope, part.text, false);
    if (!result.answered || result.candidates[0]?.entry !== first.entry) continue;
    // The reply shows the whole message's candidates: only those can be named close.
    const close = result.close.filter((id) => candidates.some((c) => c.entry.id === id));
    return { answered: true, verdict: close.length > 0 ? 'close' : 'clear', close };
  }
  return undefined;
}

type Decided = Pick<MatchResult, 'answered' | 'verdict' | 'close'>;

/** The decision on a question that has content words (so no candidate at all means none is explained). */
function decided(candidates: readonly Candidate[], onSubject: boolean): Decided {
  if (candidates.length === 0) return { answered: false, verdict: 'unexplained', close: [] };
  const decision = decide(candidates, onSubject);
  return { answered: decision.answered, verdict: decision.verdict, close: decision.close.flatMap((i) => candidates[i]?.entry.id ?? []) };
}
