import { createHash } from 'node:crypto';
import type { ReloadOrigin, ReloadReport } from '../reload/reload-report.ts';
import type { ReloadEvent } from '../stores/records.ts';

/** A reload report as the audit trail keeps it. */
export function reloadEvent(report: ReloadReport, origin: ReloadOrigin, at = Date.now()): ReloadEvent {
  return {
    at,
    via: origin.via,
    by: origin.by,
    guildId: origin.guildId,
    ok: report.ok,
    reason: report.ok ? undefined : report.reason,
    entriesBefore: report.ok ? report.before.entries : undefined,
    entriesAfter: report.ok ? report.after.entries : undefined,
    added: report.ok ? report.added : [],
    removed: report.ok ? report.removed : [],
    changed: report.ok ? report.changed : [],
    ms: report.ms,
  };
}

/** The knowledge base's version: a hash of every entry's content digest, by id. */
export function knowledgeVersion(digests: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const [id, digest] of [...digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update(`${id}\0${digest}\n`);
  return hash.digest('hex').slice(0, 16);
}
