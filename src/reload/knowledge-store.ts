import { createHash } from 'node:crypto';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { summarize, type KnowledgeSummary } from '../knowledge/summary.ts';
import { createHybridMatcher, type HybridMatcher } from '../search/hybrid-matcher.ts';
import { createMatcher } from '../search/matcher.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { SemanticIndex } from '../semantic/semantic-engine.ts';

/** A knowledge base together with the matcher built on it: always replaced as one. */
export interface LoadedKnowledge {
  readonly knowledge: KnowledgeBase;
  readonly matcher: HybridMatcher;
  /** The entries' vectors in the semantic worker, when questions are read for meaning too. */
  readonly semantic?: SemanticIndex | undefined;
  readonly summary: KnowledgeSummary;
  readonly loadedAt: Date;
  /** A digest of each entry's content, by id: what a reload compares to say what changed. */
  readonly digests: ReadonlyMap<string, string>;
}

/** What a worker thread computes for a knowledge base besides the knowledge itself. */
export interface Prebuilt {
  readonly search: SearchIndex;
  readonly summary?: KnowledgeSummary | undefined;
  readonly digests?: ReadonlyMap<string, string> | undefined;
}

/** Builds everything a knowledge base is answered from (or takes what a worker built). */
export function prepare(knowledge: KnowledgeBase, now = new Date(), prebuilt?: Prebuilt): LoadedKnowledge {
  return {
    knowledge,
    matcher: createHybridMatcher(createMatcher(knowledge, undefined, prebuilt?.search)),
    summary: prebuilt?.summary ?? summarize(knowledge),
    loadedAt: now,
    digests: prebuilt?.digests ?? entryDigests(knowledge.entries),
  };
}

/** Everything about an entry a user could see or the matcher could use; not where it sits in a file. */
export function entryDigests(entries: readonly Entry[]): Map<string, string> {
  return new Map(
    entries.map((e) => [
      e.id,
      createHash('sha1')
        .update(
          JSON.stringify([
            e.source,
            e.section,
            e.paragraphs,
            e.topic,
            e.claim ?? null,
            e.rebuttal,
            e.quote,
            e.questions,
            e.phrasings,
            e.keywords,
            e.related,
            e.notes,
            e.thesis,
            e.passages.map((p) => [p.page, p.text]),
          ]),
        )
        .digest('base64'),
    ]),
  );
}

/**
 * Holds the knowledge base in use. A reload builds a complete LoadedKnowledge first and then
 * swaps it in with one assignment, so every question sees the old one or the new one, never a
 * mix; a handler reads `current` once and works on that snapshot.
 */
export class KnowledgeStore {
  #current: LoadedKnowledge;

  constructor(initial: LoadedKnowledge) {
    this.#current = initial;
  }

  get current(): LoadedKnowledge {
    return this.#current;
  }

  /** Puts a fully built knowledge base in use, returning the one it replaces. */
  swap(next: LoadedKnowledge): LoadedKnowledge {
    const previous = this.#current;
    this.#current = next;
    return previous;
  }
}
