import type { KnowledgeSummary } from '../knowledge/summary.ts';
import type { Problem } from '../knowledge/types.ts';
import type { KnowledgeStore, LoadedKnowledge } from './knowledge-store.ts';
import { WorkerLoader, type WorkerLoad } from './worker-loader.ts';

/** Counts shown before → after in a reload report. */
export type Counts = Pick<KnowledgeSummary, 'sources' | 'sections' | 'entries'>;

/** The outcome of one reload, plain data (it crosses process boundaries between shards). */
export type ReloadReport =
  | ({ readonly ok: true; readonly ms: number; readonly before: Counts; readonly after: Counts } & KnowledgeDiff)
  | { readonly ok: false; readonly ms: number; readonly reason: 'problems' | 'timeout' | 'busy' | 'error' | 'held'; readonly problems: readonly Problem[] };

/** Who asked for a reload, for the log: a Discord admin, the console, or the file watcher. */
export interface ReloadOrigin {
  readonly via: 'discord' | 'console' | 'watch';
  /** The admin, as "name (id)", when a person asked. */
  readonly by?: string;
}

/**
 * Holds back a reload that would remove more than this share of the entries in use: a file saved
 * half-way, or a checkout gone wrong, parses as a smaller valid knowledge base. The watcher uses
 * it; an admin's /reload applies whatever loads.
 */
export interface ReloadGuard {
  readonly maxRemovedShare: number;
}

/** How a Reloader loads and reports. */
export interface ReloaderOptions {
  readonly timeoutMs?: number;
  readonly load?: LoadFn;
  /** Called with every report and who asked: the log line of each reload, whatever its origin. */
  readonly onReport?: (report: ReloadReport, origin: ReloadOrigin) => void;
}

/** Longest a reload may take before it is abandoned and the knowledge base in use is kept. */
export const RELOAD_TIMEOUT_MS = 30_000;

const counts = ({ sources, sections, entries }: KnowledgeSummary): Counts => ({ sources, sections, entries });

/** Loads a knowledge directory into a ready-to-swap LoadedKnowledge, within a time limit. */
export type LoadFn = (dir: string, timeoutMs: number) => Promise<WorkerLoad>;

/** The loader the bot uses: one worker thread, shared by every reloader of the process. */
let sharedLoader: WorkerLoader | undefined;
export const loadInWorker: LoadFn = (dir, timeoutMs) => (sharedLoader ??= new WorkerLoader()).load(dir, timeoutMs);

/** Stops the shared loading worker (at shutdown; the next load would start another). */
export async function stopLoadingWorker(): Promise<void> {
  await sharedLoader?.close();
}

/**
 * Reloads a knowledge directory into a store: reads, checks and indexes it in a worker thread
 * with the same loader as kb:check, and only then swaps it in. On any failure the knowledge base
 * in use stays. One reload runs at a time; a second request meanwhile is told so. A reload that
 * overruns its time is abandoned and its worker terminated.
 */
export class Reloader {
  #running = false;
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

  async reload(origin: ReloadOrigin = { via: 'console' }, guard?: ReloadGuard): Promise<ReloadReport> {
    const report = await this.#reload(guard);
    this.options.onReport?.(report, origin);
    return report;
  }

  async #reload(guard: ReloadGuard | undefined): Promise<ReloadReport> {
    const start = performance.now();
    const ms = () => Math.round(performance.now() - start);
    if (this.#running) return { ok: false, ms: 0, reason: 'busy', problems: [] };
    this.#running = true;
    try {
      const outcome = await this.load(this.dir, this.timeoutMs);
      if (!outcome.ok) return { ok: false, ms: ms(), reason: outcome.reason, problems: outcome.problems };
      const next = outcome.loaded;
      const diff = diffKnowledge(this.store.current, next);
      const before = this.store.current.summary.entries;
      if (guard && before > 0 && diff.removed.length / before > guard.maxRemovedShare) {
        const message = `held back: this reload would remove ${diff.removed.length} of ${before} entries (${diff.removed.slice(0, 5).join(', ')}${diff.removed.length > 5 ? ', …' : ''}), more than ${Math.round(guard.maxRemovedShare * 100)}%. If that is intended, run /reload to apply it.`;
        return { ok: false, ms: ms(), reason: 'held', problems: [{ file: '.', line: 1, column: 1, message }] };
      }
      const previous = this.store.swap(next);
      return { ok: true, ms: ms(), before: counts(previous.summary), after: counts(next.summary), ...diff };
    } catch (error) {
      // A bug, not bad data: still nothing changes for users.
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, ms: ms(), reason: 'error', problems: [{ file: '.', line: 1, column: 1, message: `reload failed: ${message}` }] };
    } finally {
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

/** Compares two loaded knowledge bases entry by entry, by their content digests. */
export function diffKnowledge(before: Pick<LoadedKnowledge, 'digests'>, after: Pick<LoadedKnowledge, 'digests'>): KnowledgeDiff {
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
