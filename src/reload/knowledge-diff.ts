import type { LoadedKnowledge } from './knowledge-store.ts';

/** What changed between two knowledge bases, by entry id (each list sorted). */
export interface KnowledgeDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/** Compares two loaded knowledge bases entry by entry, by their content digests. */
export function diffKnowledge(
  before: Pick<LoadedKnowledge, 'digests'>,
  after: Pick<LoadedKnowledge, 'digests'>,
): KnowledgeDiff {
  const added: string[] = [];
  const changed: string[] = [];
  for (const [id, digest] of after.digests) {
    const old = before.digests.get(id);
    if (old === undefined) added.push(id);
    else if (old !== digest) changed.push(id);
  }
  const removed = [...before.digests.keys()].filter((id) => !after.digests.has(id));
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}
