import type { KnowledgeBase } from '../knowledge/types.ts';
import { summarize, type KnowledgeSummary } from '../knowledge/summary.ts';
import { createMatcher, type Matcher } from '../search/matcher.ts';

/** A knowledge base together with the matcher built on it: always replaced as one. */
export interface LoadedKnowledge {
  readonly knowledge: KnowledgeBase;
  readonly matcher: Matcher;
  readonly summary: KnowledgeSummary;
  readonly loadedAt: Date;
}

/** Builds everything a knowledge base is answered from. */
export function prepare(knowledge: KnowledgeBase, now = new Date()): LoadedKnowledge {
  return { knowledge, matcher: createMatcher(knowledge), summary: summarize(knowledge), loadedAt: now };
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
