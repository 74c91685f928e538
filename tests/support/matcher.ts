import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import type { KnowledgeBase } from '../../src/knowledge/types.ts';
import { createMatcher, type Matcher } from '../../src/search/matcher.ts';
import { REAL_KNOWLEDGE } from './knowledge-copy.ts';

let cached: { knowledge: KnowledgeBase; matcher: Matcher } | undefined;

/** The bundled knowledge base and a matcher over it, loaded once per test file. */
export async function realMatcher(): Promise<{ knowledge: KnowledgeBase; matcher: Matcher }> {
  if (cached) return cached;
  const result = await loadKnowledge(REAL_KNOWLEDGE);
  if (!result.ok) throw new Error(`bundled knowledge has problems: ${JSON.stringify(result.problems)}`);
  cached = { knowledge: result.knowledge, matcher: createMatcher(result.knowledge) };
  return cached;
}
