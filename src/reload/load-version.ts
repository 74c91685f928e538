import { parseCopy, type LastGood } from './last-good.ts';
import type { Reloader } from './reloader.ts';
import type { KnowledgeVersion, SharedKnowledge } from './shared-knowledge.ts';

/** How loading a shared version went: swapped in, or why not (`busy`: a local reload is under way). */
export type VersionLoad =
  | { readonly ok: true; readonly row: KnowledgeVersion; readonly ms: number }
  | { readonly ok: false; readonly busy: boolean; readonly reason: string };

/**
 * Loads one shared version into this host the way a reload loads files: its files unpacked into a
 * folder under DATA_DIR, read, checked and indexed off the answering thread, then swapped in whole.
 * On any failure the knowledge base in use stays.
 */
export async function loadVersion(
  shared: SharedKnowledge,
  reloader: Reloader,
  lastGood: LastGood,
  version: number,
): Promise<VersionLoad> {
  const row = await shared.fetch(version);
  const copy = row && parseCopy(row.copy);
  if (!row || !copy) return { ok: false, busy: false, reason: 'the stored version could not be read' };
  const unpacked = await lastGood.unpack(copy);
  try {
    const report = await reloader.reloadFrom(unpacked.dir, { via: 'sync' });
    if (report.ok) return { ok: true, row, ms: report.ms };
    return { ok: false, busy: report.reason === 'busy', reason: report.problems[0]?.message ?? report.reason };
  } finally {
    await unpacked.dispose();
  }
}
