import type { Source } from './source-types.ts';
import type { KnowledgeBase } from './types.ts';

/** Assembles a knowledge base with its lookup maps. */
export function buildKnowledge(
  sources: readonly Source[],
  entries: KnowledgeBase['entries'],
  synonyms: KnowledgeBase['synonyms'],
  scope: KnowledgeBase['scope'],
): KnowledgeBase {
  return {
    sources,
    entries,
    synonyms,
    scope,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    entryById: new Map(entries.map((e) => [e.id, e])),
  };
}
