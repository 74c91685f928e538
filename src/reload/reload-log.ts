// A reload's report in the log, as the admin would read it: for one bot, or for every shard.
import type { Logger } from 'pino';
import { problemCount } from '../knowledge/problem-list.ts';
import type { ReloadOrigin, ReloadReport, ShardReport } from './reload-report.ts';

/**
 * Logs a reload's report as the admin would read it: how it was asked for, then the diff or every
 * problem. Not who: `origin.by` names the admin, and stays in the audit trail (docs/privacy.md).
 */
export function logReload(logger: Logger, report: ReloadReport, origin?: ReloadOrigin, shard?: number): void {
  const where = {
    ...(shard === undefined ? {} : { shard }),
    ...(origin ? { via: origin.via, ...(origin.guildId ? { guild: origin.guildId } : {}) } : {}),
  };
  if (report.ok) {
    const { before, after, added, removed, changed, ms } = report;
    logger.info({ ...where, before, after, added, removed, changed, ms }, 'knowledge base reloaded');
  } else if (report.reason === 'held') {
    logger.warn(
      { ...where, reason: report.reason, problems: report.problems, ms: report.ms },
      'reload held back; the knowledge base in use did not change',
    );
  } else {
    logger.warn(
      {
        ...where,
        reason: report.reason,
        problems: report.problems.slice(0, 50),
        problemCount: problemCount(report.problems),
        ms: report.ms,
      },
      'reload failed; the knowledge base in use did not change',
    );
  }
}

/** Logs every shard's reload report. */
export function logShardReloads(logger: Logger, reports: readonly ShardReport[]): void {
  for (const { shard, report } of reports) logReload(logger, report, undefined, shard);
}
