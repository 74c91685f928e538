import { loadKnowledge } from '../knowledge/load-knowledge.ts';
import type { KnowledgeSummary } from '../knowledge/summary.ts';
import type { Problem } from '../knowledge/types.ts';
import { diffKnowledge, type KnowledgeDiff } from './knowledge-diff.ts';
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
