import { loadKnowledge } from '../knowledge/load-knowledge.ts';
import type { KnowledgeSummary } from '../knowledge/summary.ts';
import type { Entry, KnowledgeBase, Problem } from '../knowledge/types.ts';
import { prepare, type KnowledgeStore } from './knowledge-store.ts';

/** Counts shown before → after in a reload report. */
export type Counts = Pick<KnowledgeSummary, 'sources' | 'sections' | 'entries'>;

/** The outcome of one reload, plain data (it crosses process boundaries between shards). */
export type ReloadReport =
  | ({ readonly ok: true; readonly ms: number; readonly before: Counts; readonly after: Counts } & KnowledgeDiff)
  | { readonly ok: false; readonly ms: number; readonly reason: 'problems' | 'timeout' | 'busy' | 'error'; readonly problems: readonly Problem[] };

/** Longest a reload may take before it is abandoned and the knowledge base in use is kept. */
export const RELOAD_TIMEOUT_MS = 30_000;

const counts = ({ sources, sections, entries }: KnowledgeSummary): Counts => ({ sources, sections, entries });

/**
 * Reloads a knowledge directory into a store: reads and checks it with the same loader as
 * kb:check, builds the new matcher completely, and only then swaps it in. On any failure the
 * knowledge base in use stays. One reload runs at a time; a second request meanwhile is told so.
 */
export class Reloader {
  #running = false;

  constructor(
    private readonly store: KnowledgeStore,
    private readonly dir: string,
    private readonly timeoutMs = RELOAD_TIMEOUT_MS,
  ) {}

  /** Whether a reload is under way. */
  get busy(): boolean {
    return this.#running;
  }

  async reload(): Promise<ReloadReport> {
    const start = performance.now();
    const ms = () => Math.round(performance.now() - start);
    if (this.#running) return { ok: false, ms: 0, reason: 'busy', problems: [] };
    this.#running = true;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), this.timeoutMs); });
      const loaded = await Promise.race([loadKnowledge(this.dir), timeout]);
      if (loaded === 'timeout') return { ok: false, ms: ms(), reason: 'timeout', problems: [] };
      if (!loaded.ok) return { ok: false, ms: ms(), reason: 'problems', problems: loaded.problems };
      const next = prepare(loaded.knowledge);
      const previous = this.store.swap(next);
      return { ok: true, ms: ms(), before: counts(previous.summary), after: counts(next.summary), ...diffKnowledge(previous.knowledge, next.knowledge) };
    } catch (error) {
      // A bug, not bad data: still nothing changes for users.
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, ms: ms(), reason: 'error', problems: [{ file: '.', line: 1, column: 1, message: `reload failed: ${message}` }] };
    } finally {
      clearTimeout(timer);
      this.#running = false;
    }
  }
}

/** What changed between two knowledge bases, by entry id (each list sorted). */
export interface KnowledgeDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

// Everything about an entry a user could see or the matcher could use; not where it sits in a file.
const content = (e: Entry) => JSON.stringify([
  e.source, e.section, e.paragraphs, e.topic, e.claim ?? null, e.rebuttal, e.quote, e.questions, e.keywords, e.related,
  e.notes, e.thesis, e.passages.map((p) => [p.page, p.text]),
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
