import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Bm25fParts } from './bm25f-build.ts';
import { Bm25fIndex } from './bm25f-index.ts';
import { KeywordPhrases } from './phrases.ts';
import type { SearchIndex } from './search-index.ts';
import { resolveSearchOptions, type IndexOptions } from './search-options.ts';
import { TermTable, type TermTableSnapshot } from './term-table.ts';
import { Vocabulary } from './vocabulary.ts';

/**
 * A built search index as arrays and typed arrays: built in a worker thread, posted (the typed
 * arrays transferred, not copied), and put back together on the answering thread in a few
 * milliseconds, with no text tokenised again.
 */
export interface SearchSnapshot {
  readonly table: TermTableSnapshot;
  readonly index: Bm25fParts;
  readonly sortedWords: readonly string[];
  readonly phrases: readonly (readonly string[])[];
}

/** The snapshot of a search index. */
export function snapshotOf(search: SearchIndex): SearchSnapshot {
  return {
    table: search.terms.snapshot(),
    index: search.index.parts(),
    sortedWords: search.vocabulary.sortedWords(),
    phrases: search.phrases.snapshot(),
  };
}

/** The buffers of a snapshot, to transfer rather than copy. */
export function transferablesOf(snapshot: SearchSnapshot): ArrayBuffer[] {
  const { index, table } = snapshot;
  const buffers = [
    table.wordIds.buffer,
    index.offsets.buffer,
    index.docIds.buffer,
    index.strengths.buffer,
    index.inUsersWords.buffer,
  ];
  return [...new Set(buffers)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/**
 * The search index of `knowledge` from its snapshot (built from the same knowledge base, with the
 * same options: the defaults unless given). The term table, the larger half of the work, can be
 * restored first and passed in, so that a caller can let other work run in between.
 */
export function restoreSearchIndex(
  knowledge: KnowledgeBase,
  snapshot: SearchSnapshot,
  terms = TermTable.restore(snapshot.table),
  options: IndexOptions = resolveSearchOptions(),
): SearchIndex {
  const index = new Bm25fIndex(snapshot.index, terms);
  const known = (stem: string) => index.has(stem);
  const vocabulary = new Vocabulary(terms.words(), known, knowledge.synonyms, options, snapshot.sortedWords);
  const phrases = KeywordPhrases.restore(snapshot.phrases);
  return { index, vocabulary, entries: knowledge.entries, phrases, terms, options };
}
