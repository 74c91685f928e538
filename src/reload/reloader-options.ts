// How a Reloader loads: its options, the default time limit, and the loading worker the bot shares.
import type { ReloadOrigin, ReloadReport } from './reload-report.ts';
import type { LastGood } from './last-good.ts';
import type { LoadedKnowledge } from './knowledge-store.ts';
import { WorkerLoader, type WorkerLoad } from './worker-loader.ts';

/** How a Reloader loads and reports. */
export interface ReloaderOptions {
  readonly timeoutMs?: number;
  readonly load?: LoadFn;
  /** Called with every report and who asked: the log line of each reload, whatever its origin. */
  readonly onReport?: (report: ReloadReport, origin: ReloadOrigin) => void;
  /** Where each applied reload keeps its files as the last good copy; none keeps nothing. */
  readonly lastGood?: LastGood | undefined;
  /**
   * Finishes a loaded knowledge base before it is swapped in: the bot embeds its entries for the
   * hybrid matcher here (off the answering thread; only texts the vector cache lacks).
   */
  readonly prepare?: (loaded: LoadedKnowledge) => Promise<LoadedKnowledge>;
}

/**
 * Longest a reload may take before it is abandoned and the knowledge base in use is kept. It runs
 * off the answering thread, so this only bounds a load that hangs: 50,000 entries take about 23 s
 * to read (YAML with positions) and 7 s to index on one core here, so 30 s abandoned them.
 */
export const RELOAD_TIMEOUT_MS = 120_000;

/** Loads a knowledge directory into a ready-to-swap LoadedKnowledge, within a time limit. */
export type LoadFn = (dir: string, timeoutMs: number, stageTo?: string) => Promise<WorkerLoad>;

/** The loader the bot uses: one worker thread, shared by every reloader of the process. */
let sharedLoader: WorkerLoader | undefined;
export const loadInWorker: LoadFn = (dir, timeoutMs, stageTo) =>
  (sharedLoader ??= new WorkerLoader()).load(dir, timeoutMs, stageTo);

/** Stops the shared loading worker (at shutdown; the next load would start another). */
export async function stopLoadingWorker(): Promise<void> {
  await sharedLoader?.close();
}
