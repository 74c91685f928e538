import { watch } from 'node:fs';
import type { Logger } from 'pino';
import type { ShardReport } from '../replies/reload-replies.ts';
import type { ReloadReport } from './reloader.ts';

/** How long after the last change a reload starts: editors write a file several times when saving. */
export const WATCH_DEBOUNCE_MS = 400;

/**
 * Calls `onChange` once after a burst of changes anywhere under `dir`. Returns a function that
 * stops watching. Changes during a running `onChange` lead to one more call after it.
 */
export function watchDirectory(dir: string, onChange: () => Promise<void>, debounceMs = WATCH_DEBOUNCE_MS): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const fire = async () => {
    if (running) { again = true; return; }
    running = true;
    try { await onChange(); } finally { running = false; }
    if (again) { again = false; void fire(); }
  };
  const watcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void fire(), debounceMs);
  });
  return () => { clearTimeout(timer); watcher.close(); };
}

/** Logs a reload's report as the admin would read it: the diff, or every problem. */
export function logReload(logger: Logger, report: ReloadReport, shard?: number): void {
  const where = shard === undefined ? {} : { shard };
  if (report.ok) {
    const { before, after, added, removed, changed, ms } = report;
    logger.info({ ...where, before, after, added, removed, changed, ms }, 'knowledge base reloaded');
  } else {
    logger.warn({ ...where, reason: report.reason, problems: report.problems, ms: report.ms }, 'reload failed; the knowledge base in use did not change');
  }
}

/** Logs every shard's reload report. */
export function logShardReloads(logger: Logger, reports: readonly ShardReport[]): void {
  for (const { shard, report } of reports) logReload(logger, report, shard);
}
