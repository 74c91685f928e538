import type { KnowledgeSummary } from '../knowledge/summary.ts';
import type { Problem } from '../knowledge/types.ts';
import type { KnowledgeDiff } from './knowledge-diff.ts';

// What a reload reports, plain data: it crosses process boundaries (between shards) and reaches
// the replies, the log and the audit trail.

/** Counts shown before → after in a reload report. */
export type Counts = Pick<KnowledgeSummary, 'sources' | 'sections' | 'entries'>;

/** The bot started on the last good copy because the files on disk had problems: when, and how many. */
export interface LastGoodNotice {
  /** When the copy was saved (ISO 8601). */
  readonly savedAt: string;
  /** Problems the files on disk had at start. */
  readonly problems: number;
}

/**
 * The outcome of one reload, plain data (it crosses process boundaries between shards). While the
 * bot runs on the last good copy, each report says so (`lastGood`); the first successful reload
 * says so one last time.
 */
/** One shard's outcome, as gathered from a broadcast. */
export interface ShardReport {
  readonly shard: number;
  readonly report: ReloadReport;
}

export type ReloadReport = (
  | ({ readonly ok: true; readonly ms: number; readonly before: Counts; readonly after: Counts } & KnowledgeDiff)
  | {
      readonly ok: false;
      readonly ms: number;
      readonly reason: 'problems' | 'timeout' | 'busy' | 'error' | 'held';
      readonly problems: readonly Problem[];
    }
) & { readonly lastGood?: LastGoodNotice };

/**
 * Who asked for a reload, for the log: a Discord admin, the console, the file watcher, or another
 * host (a version published in the shared database).
 */
export interface ReloadOrigin {
  readonly via: 'discord' | 'console' | 'watch' | 'sync';
  /** The admin, as "name (id)", when a person asked: for the audit trail only, never logged. */
  readonly by?: string;
  /** The server the reload was run from, when run from Discord: logged (a server is no person), and the
   * audit trail's reload belongs to it. */
  readonly guildId?: string | undefined;
}

/**
 * Holds back a reload that would remove more than this share of the entries in use: a file saved
 * half-way, or a checkout gone wrong, parses as a smaller valid knowledge base. The watcher uses
 * it; an admin's /reload applies whatever loads.
 */
export interface ReloadGuard {
  readonly maxRemovedShare: number;
}
