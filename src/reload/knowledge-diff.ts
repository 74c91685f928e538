import type { Entry, KnowledgeBase } from '../knowledge/types.ts';

/** What changed between two knowledge bases, by entry id (each list sorted). */
export interface KnowledgeDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

// Everything about an entry a user could see or the matcher could use; not where it sits in a file.
const content = (e: Entry) => JSON.stringify([
  e.source, e.section, e.paragraphs, e.claim, e.rebuttal, e.quote, e.questions, e.keywords, e.related,
  e.context ?? null, e.thesis, e.passages.map((p) => [p.page, p.text]),
]);

/** Compares two knowledge bases entry by entry. */
export function diffKnowledge(before: KnowledgeBase, after: KnowledgeBase): KnowledgeDiff {
  const added = after.entries.filter((e) => !before.entryById.has(e.id)).map((e) => e.id);
  const removed = before.entries.filter((e) => !after.entryById.has(e.id)).map((e) => e.id);
  const changed = after.entries.filter((e) => {
    const old = before.entryById.get(e.id);
    return old !== undefined && content(old) !== content(e);
  }).map((e) => e.id);
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}
