import type { KnowledgeSummary } from '../knowledge/summary.ts';
import type { Source } from '../knowledge/source-types.ts';
import type { Entry, KnowledgeBase, Problem } from '../knowledge/types.ts';
import type { SearchSnapshot } from '../search/search-snapshot.ts';

/** Entries cross threads in batches of this many: each message is cheap to receive. */
export const ENTRY_BATCH = 500;
/** Sources cross together up to about this many paragraphs per message. */
export const PARAGRAPH_BATCH = 500;

/** What the answering thread sends the loading worker: a load, or "send the next part" of one. */
export type LoadRequest =
  | { readonly kind: 'load'; readonly id: number; readonly dir: string; readonly stageTo?: string | undefined }
  | { readonly kind: 'next'; readonly id: number };

/**
 * What the loading worker posts for one request, in order: the problems and nothing else, or the
 * head, each source, the entries in batches (their passages left out: they are the sources'
 * paragraphs, found again on arrival), then the search index. Many small messages rather than
 * one big one, each sent only when the answering thread asks for the next: receiving messages
 * blocks it for as long as they take to copy, and messages that pile up are received together.
 */
export type LoadMessage =
  | { readonly id: number; readonly kind: 'problems'; readonly problems: readonly Problem[] }
  | {
      readonly id: number;
      readonly kind: 'head';
      readonly summary: KnowledgeSummary;
      readonly digests: readonly (readonly [string, string])[];
      readonly synonyms: KnowledgeBase['synonyms'];
      readonly scope: KnowledgeBase['scope'];
      /** Whether a last-good copy of the files was written to the load's `stageTo`. */
      readonly staged: boolean;
    }
  | { readonly id: number; readonly kind: 'sources'; readonly sources: readonly Source[] }
  | { readonly id: number; readonly kind: 'entries'; readonly entries: readonly Entry[] }
  | { readonly id: number; readonly kind: 'index'; readonly snapshot: SearchSnapshot }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** An entry without its passages, for the trip across. */
export function withoutPassages(entry: Entry): Entry {
  return { ...entry, passages: [] };
}

/** An entry's passages found again in its source (they are its cited paragraphs, in order). */
export function withPassages(entry: Entry, sources: ReadonlyMap<string, Source>): Entry {
  const section = sources.get(entry.source)?.sections.find((s) => s.number === entry.section);
  const passages = entry.paragraphs.flatMap((n) => section?.paragraphs.find((p) => p.number === n) ?? []);
  return { ...entry, passages };
}
