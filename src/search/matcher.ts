import type { KnowledgeBase } from '../knowledge/types.ts';
import { blankAttribution } from '../text/attribution.ts';
import { blankMarkup } from '../text/message-text.ts';
import { otherLanguageOf } from '../text/language.ts';
import { capInput } from '../text/normalize.ts';
import { score, type Candidate } from './candidates.ts';
import { findClaims, type MessageClaims } from './claims.ts';
import { decided, hasEvidence } from './confidence.ts';
import { MAX_CANDIDATES, type Draft, type MatchResult, type Reading, type SemanticView } from './match-result.ts';
import { readMeaning } from './meaning.ts';
import { bySentence, otherClaims, plainOf } from './message-parts.ts';
import { suggestionsOf, withAlternatives } from './offers.ts';
import { buildQuery } from './query.ts';
import { questionTokens, type TokensOf } from './publisher-words.ts';
import { ScopeIndex } from './scope.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import {
  resolveSearchOptions,
  sameIndexOptions,
  type SearchOptions,
  type SearchOptionsInput,
} from './search-options.ts';

export type { Candidate } from './candidates.ts';
export { MAX_CANDIDATES, type Draft, type MatchResult, type SemanticView } from './match-result.ts';
export { MAX_ALSO, plainOf, textsToRead } from './message-parts.ts';

/**
 * Answers free-text questions from one knowledge base. Pure and synchronous: the semantic scores,
 * when there are any, are computed beforehand (src/search/hybrid-matcher.ts) and looked up here.
 * The re-rank step (SearchOptions.rerank) is asynchronous, so the hybrid matcher applies it to
 * what this one drafts; `ask` and `claims` here answer without it.
 */
export interface Matcher {
  readonly knowledge: KnowledgeBase;
  /** The options it was made with, merged with the defaults once. */
  readonly options: SearchOptions;
  /** The best entries for a question and the decision whether they answer it. */
  ask(question: string, semantic?: SemanticView): MatchResult;
  /** What ask() answers, with what the re-rank step needs to judge it again (see rerank-step.ts). */
  draft(question: string, semantic?: SemanticView): Draft;
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

/** What every question of one matcher is read against. */
interface Context {
  readonly search: SearchIndex;
  readonly scope: ScopeIndex;
  readonly options: SearchOptions;
  readonly tokensOf: TokensOf;
}

/**
 * A matcher over a knowledge base. `options` are laid over the defaults (search-defaults.ts) here,
 * once, and passed down. The search index is built with them unless given (e.g. from a worker
 * thread), in which case it must have been built with the same index options.
 */
export function createMatcher(knowledge: KnowledgeBase, options?: SearchOptionsInput, prebuilt?: SearchIndex): Matcher {
  const resolved = resolveSearchOptions(options);
  const search = prebuilt ?? buildSearchIndex(knowledge, resolved);
  if (!sameIndexOptions(search.options, resolved)) throw new Error('the search index was built with other options');
  const tokensOf = questionTokens(knowledge);
  const context: Context = { search, scope: new ScopeIndex(knowledge), options: resolved, tokensOf };
  const draft = (question: string, semantic?: SemanticView): Draft => {
    const { reading, onSubject } = read(context, capInput(question), true, semantic);
    return { result: withAlternatives(reading, resolved), onSubject };
  };
  return {
    knowledge,
    options: resolved,
    ask: (question, semantic) => draft(question, semantic).result,
    draft,
    claims: (message, semantic) => findClaims((text) => draft(text, semantic).result, message),
    readWords: (text) => void buildQuery(tokensOf(plainOf(text)), search, resolved),
    rank: (partial, limit) => {
      const { words, onSubject } = buildQuery(tokensOf(blankMarkup(capInput(partial))), search, resolved, true);
      return score(search, words, limit).filter((c) => hasEvidence(c, onSubject, resolved));
    },
  };
}

/** Reads a question; `whole` is false for one part of a message, which is not split again. */
function read(
  context: Context,
  question: string,
  whole: boolean,
  semantic?: SemanticView,
): { reading: Reading; onSubject: boolean } {
  const { search, scope, options, tokensOf } = context;
  const plain = blankAttribution(blankMarkup(question));
  const tokens = tokensOf(plain);
  const query = buildQuery(tokens, search, options);
  const { words, onSubject } = query;
  const done = (reading: Reading) => ({ reading, onSubject });
  const candidates = score(search, words, MAX_CANDIDATES);
  const unknownWords = words.filter((w) => w.variants.length === 0).map((w) => w.word);
  const dense = semantic?.(plain);
  const matcher = dense ? ('hybrid' as const) : ('lexical' as const);
  const base = { question, candidates, unknownWords, suggestions: [], alsoRaises: [], matcher };
  const again = (part: string) => read(context, part, false, semantic).reading;
  // A message the bot cannot read is told so, not answered from the names it shares with English.
  const language = whole ? otherLanguageOf(plain) : undefined;
  const refused = { ...base, answered: false, close: [], notAddressed: [] };
  if (language) return done({ ...refused, verdict: 'other-language', language });
  if (words.length === 0) return done({ ...refused, verdict: 'no-content' });
  const hits = scope.find(tokens);
  const notAddressed = hits.map((h) => h.topic);
  if (hits.length === 0) {
    let decision = decided(candidates, onSubject, options);
    if (!decision.answered && whole) {
      decision = bySentence(plain, candidates, again, { tokensOf, clauseMinWords: options.clauseMinWords }) ?? decision;
    }
    const suggestions = decision.answered ? [] : suggestionsOf(candidates, onSubject, options);
    const byWords: Reading = { ...base, ...decision, notAddressed, suggestions };
    const meant = dense ? readMeaning(search, query, byWords, dense, options) : byWords;
    const answeredBy = meant.answered ? meant.candidates[0]?.entry.id : undefined;
    return done(whole ? { ...meant, alsoRaises: otherClaims(plain, answeredBy, again) } : meant);
  }
  // The question names something the article does not address. Its words for that topic keep
  // their weight but no entry may explain them: the question is answered only if an entry still
  // explains enough of the whole question, and then the topic comes as a caveat.
  // Each of them weighs as the rarest word, however everyday ("won the war"): the phrase names
  // the topic, and the topic is what the question is about.
  const named = new Set(hits.flatMap((h) => [...h.stems]));
  const rarest = search.index.idf('');
  const unexplained = words.map((w) => (named.has(w.stem) ? { ...w, weight: rarest, variants: [], terms: [] } : w));
  const rest = score(search, unexplained, MAX_CANDIDATES);
  const decision = decided(rest, onSubject, options);
  const answered = decision.answered && (rest[0]?.coverage ?? 0) >= options.namedTopicMinCoverage;
  // "Karabakh was always Armenian and the referendum was legal": the article answers one half.
  const alsoRaises = whole ? otherClaims(plain, answered ? rest[0]?.entry.id : undefined, again) : [];
  if (answered) {
    // The meaning may still point away from the answer (it never answers what the words refused here).
    const byWords: Reading = { ...base, candidates: rest, ...decision, notAddressed, alsoRaises };
    return done(dense ? readMeaning(search, query, byWords, dense, options) : byWords);
  }
  return done({
    ...base,
    candidates: rest,
    answered: false,
    verdict: 'out-of-scope',
    close: [],
    notAddressed,
    alsoRaises,
  });
}
