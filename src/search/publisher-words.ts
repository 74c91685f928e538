import type { KnowledgeBase } from '../knowledge/types.ts';
import { foldedWords } from '../text/normalize.ts';
import { contentTokens, type Token } from '../text/tokens.ts';

/** The content tokens of a text as one knowledge base's matcher reads it. */
export type TokensOf = (text: string) => Token[];

/**
 * The words that only name a source's publisher: each one-word name of its `publisher_names`,
 * folded ("AVİM" → "avim"). "What does AVİM say about colonies" asks what the source says about
 * colonies: the name carries no topic, as "article" carries none (src/text/stop-words.ts), so neither
 * the index nor a question counts it, and a second source's publisher needs no change of code.
 * Names of several words stay words: "Center for Eurasian Studies" is made of words of topics.
 */
export function publisherWords(knowledge: KnowledgeBase): ReadonlySet<string> {
  const names = knowledge.sources.flatMap((s) => s.publisherNames).map(foldedWords);
  return new Set(names.filter((words) => words.length === 1).flat());
}

/** The content tokens of a question, less the words that only name a publisher (see publisherWords). */
export function questionTokens(knowledge: KnowledgeBase): TokensOf {
  const publisher = publisherWords(knowledge);
  if (publisher.size === 0) return contentTokens;
  return (text) => contentTokens(text).filter((t) => !publisher.has(t.word));
}
