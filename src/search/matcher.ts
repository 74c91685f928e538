import type { KnowledgeBase } from '../knowledge/types.ts';
import { blankMarkup } from '../text/message-text.ts';
import { capInput } from '../text/normalize.ts';
import { score, type Candidate } from './candidates.ts';
import { findClaims, type MessageClaims } from './claims.ts';
import { hasEvidence } from './confidence.ts';
import type { Draft, MatchResult, SemanticView } from './match-result.ts';
import { plainOf } from './message-parts.ts';
import { withAlternatives } from './offers.ts';
import { buildQuery } from './query.ts';
import { questionTokens } from './publisher-words.ts';
import { readQuestion, type QuestionContext } from './read-question.ts';
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
  const context: QuestionContext = { search, scope: new ScopeIndex(knowledge), options: resolved, tokensOf };
  const draft = (question: string, semantic?: SemanticView): Draft => {
    const { reading, onSubject } = readQuestion(context, capInput(question), true, semantic);
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
