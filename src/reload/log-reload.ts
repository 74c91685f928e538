import type { Logger } from 'pino';
import type { ShardReport } from '../replies/reload-replies.ts';
import type { ReloadReport } from './reloader.ts';

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
