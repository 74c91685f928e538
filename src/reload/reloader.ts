import type { KnowledgeSummary } from '../knowledge/summary.ts';
import type { KnowledgeStore } from './knowledge-store.ts';
import { diffKnowledge } from './knowledge-diff.ts';
import type { Counts, LastGoodNotice, ReloadGuard, ReloadOrigin, ReloadReport } from './reload-report.ts';
import { loadInWorker, RELOAD_TIMEOUT_MS, type LoadFn, type ReloaderOptions } from './reloader-options.ts';

const counts = ({ sources, sections, entries }: KnowledgeSummary): Counts => ({ sources, sections, entries });

/**
 * Reloads a knowledge directory into a store: reads, checks and indexes it in a worker thread
 * with the same loader as kb:check, and only then swaps it in. On any failure the knowledge base
 * in use stays. One reload runs at a time; a second request meanwhile is told so. A reload that
 * overruns its time is abandoned and its worker terminated.
 */
export class Reloader {
  #running = false;
  #onLastGood: LastGoodNotice | undefined;
  #appliedCopy: string | undefined;
  private readonly timeoutMs: number;
  private readonly load: LoadFn;

  constructor(
    private readonly store: KnowledgeStore,
    private readonly dir: string,
    private readonly options: ReloaderOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? RELOAD_TIMEOUT_MS;
    this.load = options.load ?? loadInWorker;
  }

  /** Whether a reload is under way. */
  get busy(): boolean {
    return this.#running;
  }

  /** Marks the knowledge base in use as the last good copy, started on because the files had problems. */
  startedOnLastGood(notice: LastGoodNotice): void {
    this.#onLastGood = notice;
  }

  /** Whether the knowledge base in use is the last good copy (until a reload of the files succeeds). */
  get onLastGood(): LastGoodNotice | undefined {
    return this.#onLastGood;
  }

  /**
   * The last good copy of the files the last applied reload of this reloader's directory read,
   * to share with other hosts; undefined when none was kept (DATA_DIR not writable), or when the
   * knowledge base in use came from elsewhere since (reloadFrom).
   */
  get appliedCopy(): string | undefined {
    return this.#appliedCopy;
  }

  async reload(origin: ReloadOrigin = { via: 'console' }, guard?: ReloadGuard): Promise<ReloadReport> {
    return this.#reported(await this.#reload(guard, this.dir), origin);
  }

  /**
   * Loads another directory the same way (checked, indexed off the answering thread, swapped in
   * whole): a version another host published. Its files are not kept as this host's last good copy.
   */
  async reloadFrom(dir: string, origin: ReloadOrigin): Promise<ReloadReport> {
    return this.#reported(await this.#reload(undefined, dir), origin);
  }

  #reported(outcome: ReloadReport, origin: ReloadOrigin): ReloadReport {
    const report: ReloadReport = this.#onLastGood ? { ...outcome, lastGood: this.#onLastGood } : outcome;
    if (report.ok) this.#onLastGood = undefined;
    this.options.onReport?.(report, origin);
    return report;
  }

  async #reload(guard: ReloadGuard | undefined, dir: string): Promise<ReloadReport> {
    const start = performance.now();
    const ms = () => Math.round(performance.now() - start);
    if (this.#running) return { ok: false, ms: 0, reason: 'busy', problems: [] };
    this.#running = true;
    try {
      const own = dir === this.dir;
      const outcome = await this.load(dir, this.timeoutMs, own ? this.options.lastGood?.stagingFile() : undefined);
      if (!outcome.ok) return { ok: false, ms: ms(), reason: outcome.reason, problems: outcome.problems };
      const staged = outcome.staged;
      const next = this.options.prepare ? await this.options.prepare(outcome.loaded) : outcome.loaded;
      const diff = diffKnowledge(this.store.current, next);
      const before = this.store.current.summary.entries;
      if (guard && before > 0 && diff.removed.length / before > guard.maxRemovedShare) {
        if (next.semantic !== this.store.current.semantic) next.semantic?.release();
        const message =
          `held back: this reload would remove ${diff.removed.length} of ${before} entries ` +
          `(${diff.removed.slice(0, 5).join(', ')}${diff.removed.length > 5 ? ', …' : ''}), more ` +
          `than ${Math.round(guard.maxRemovedShare * 100)}%. If that is intended, run /reload to apply it.`;
        if (staged) await this.options.lastGood?.discard(staged);
        return { ok: false, ms: ms(), reason: 'held', problems: [{ file: '.', line: 1, column: 1, message }] };
      }
      const previous = this.store.swap(next);
      // Questions already under way hold the previous knowledge base: its vectors go once they are answered.
      if (previous.semantic && previous.semantic !== next.semantic)
        setTimeout(() => previous.semantic?.release(), 5_000).unref();
      const kept = staged !== undefined && (await this.options.lastGood?.promote(staged)) === true;
      this.#appliedCopy = kept ? this.options.lastGood?.file : undefined;
      return { ok: true, ms: ms(), before: counts(previous.summary), after: counts(next.summary), ...diff };
    } catch (error) {
      // A bug, not bad data: still nothing changes for users.
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        ms: ms(),
        reason: 'error',
        problems: [{ file: '.', line: 1, column: 1, message: `reload failed: ${message}` }],
      };
    } finally {
      this.#running = false;
    }
  }
}
