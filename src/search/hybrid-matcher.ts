import type { KnowledgeBase } from '../knowledge/types.ts';
import { blankMarkup } from '../text/message-text.ts';
import { capInput } from '../text/normalize.ts';
import { messageSentences } from '../text/sentences.ts';
import { findClaimsAsync, MAX_MESSAGE_CHARS, type MessageClaims } from './claims.ts';
import type { Draft, SemanticView } from './match-result.ts';
import { plainOf, textsToRead, type Candidate, type Matcher, type MatchResult } from './matcher.ts';
import { afterRerank } from './rerank-step.ts';

/** Computes every entry's semantic score for texts (src/semantic/ behind it, in a worker thread). */
export interface SemanticScorer {
  readonly model: string;
  /** One score per entry for each text, in entry order; rejects when it cannot answer. */
  score(texts: readonly string[]): Promise<Float32Array[]>;
}

/** The matcher every surface asks: words and meaning fused when a model is loaded, words alone otherwise. */
export interface HybridMatcher {
  readonly knowledge: KnowledgeBase;
  /** "hybrid" when questions are read for meaning too. */
  readonly mode: 'hybrid' | 'lexical';
  /** The model's name, in hybrid mode. */
  readonly model: string | undefined;
  /** In lexical mode, why (no model, MATCHER=lexical…), for logs and /source. */
  readonly whyLexical: string | undefined;
  /** The lexical matcher underneath (autocomplete ranks with it: typing needs no model). */
  readonly lexical: Matcher;
  ask(question: string): Promise<MatchResult>;
  claims(message: string): Promise<MessageClaims>;
  rank(partial: string, limit: number): readonly Candidate[];
  /**
   * A message's score for each kind of reply (in the order the kinds were indexed: reading's
   * kind-examples), read by the model; undefined without one, or when it cannot answer in time.
   */
  kindScores(message: string): Promise<Float32Array | undefined>;
}

/**
 * Texts embedded for one question: the whole only. Its parts (sentences, clauses) are read by
 * words alone. Embedding up to six (the whole and five parts) took the p95 per question on the
 * article to 40 ms and refused fewer off-topic posts on the tuning half (0.826 against 0.848 with
 * the whole only; every other figure the same).
 */
export const MAX_TEXTS_PER_QUESTION = 1;
/** Most texts embedded for one whole message: its sentences and the whole. */
export const MAX_TEXTS_PER_MESSAGE = 12;

/**
 * A matcher that reads questions by words and by meaning. The texts a question may be read as
 * are embedded in one batch before matching; the lexical matcher then fuses each with its
 * semantic scores. When the model cannot answer (stopped, overloaded), the question is matched
 * lexically and `onFailure` hears why, so an answer is never lost to the model. The lexical
 * matcher's re-rank step (SearchOptions.rerank), if any, then orders each question's candidates
 * before its verdict is final (rerank-step.ts); a re-ranker that fails is reported the same way.
 */
export function createHybridMatcher(
  lexical: Matcher,
  scorer?: SemanticScorer,
  onFailure: (error: unknown) => void = () => {},
  whyLexical = 'no embedding model was loaded',
  kinds?: SemanticScorer,
): HybridMatcher {
  const view = async (texts: readonly string[]) => {
    if (!scorer || texts.length === 0) return undefined;
    try {
      const scores = await scorer.score(texts);
      const byText = new Map(texts.map((t, i) => [t, scores[i]]));
      return (plain: string) => byText.get(plain);
    } catch (error) {
      onFailure(error);
      return undefined;
    }
  };
  const { rerank } = lexical.options;
  const settled = (draft: Draft) => (rerank ? afterRerank(draft, rerank, lexical.options, onFailure) : draft.result);
  const claimsOf = (message: string, semantic: SemanticView | undefined) =>
    rerank
      ? findClaimsAsync(async (text) => settled(lexical.draft(text, semantic)), message)
      : lexical.claims(message, semantic);
  return {
    knowledge: lexical.knowledge,
    mode: scorer ? 'hybrid' : 'lexical',
    model: scorer?.model,
    whyLexical: scorer ? undefined : whyLexical,
    lexical,
    ask: async (question) => {
      const reading = view(textsToRead(question, MAX_TEXTS_PER_QUESTION));
      // While the model reads it on its thread, the words are read on this one: a word seen for the
      // first time costs its typo correction (up to 10 ms) now, in parallel, not after.
      if (scorer) lexical.readWords(question);
      return settled(lexical.draft(question, await reading));
    },
    claims: async (message) => {
      const reading = view(claimTexts(message));
      if (scorer) lexical.readWords(message);
      return claimsOf(message, await reading);
    },
    rank: (partial, limit) => lexical.rank(partial, limit),
    kindScores: async (message) => {
      if (!kinds) return undefined;
      // The text ask() embeds, so that the worker's recent vector serves both: one run of the model.
      return (await kinds.score([plainOf(message)]).catch(() => undefined))?.[0];
    },
  };
}

/** The texts claims() reads a message as: each sentence, then the whole. */
function claimTexts(message: string): string[] {
  const plain = blankMarkup(capInput(message, MAX_MESSAGE_CHARS));
  const sentences = messageSentences(plain).map((s) => plainOf(s.text));
  return [...new Set([...sentences, plainOf(plain)])].filter((t) => t.trim() !== '').slice(0, MAX_TEXTS_PER_MESSAGE);
}
