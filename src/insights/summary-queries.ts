import type Database from 'better-sqlite3';
import { dayOf } from './question-text.ts';
import type { InsightsSummary, ReloadEvent } from './types.ts';

/** Rows shown per list in a summary. */
const LISTED = 5;

interface Period {
  readonly days: number;
  readonly guildId?: string | undefined;
  readonly now: number;
}

/** The period's first day, and the guild filter as SQL with its parameters. */
function scope({ days, guildId, now }: Period): { first: number; where: string; params: (string | number)[] } {
  const first = dayOf(now) - days + 1;
  return guildId === undefined ? { first, where: 'day >= ?', params: [first] } : { first, where: 'day >= ? AND guild_id = ?', params: [first, guildId] };
}

/** The unanswered questions of a period grouped by their normalised text, most asked first. */
export function unansweredOf(db: Database.Database, period: Period & { readonly limit: number }): InsightsSummary['unanswered'] {
  const { where, params } = scope(period);
  return (db.prepare(`SELECT normalized AS text, SUM(count) AS count FROM daily_unanswered WHERE ${where}
    GROUP BY normalized ORDER BY count DESC, normalized LIMIT ?`).all(...params, period.limit) as { text: string; count: number }[]);
}

/**
 * Everything /insights shows for a period, from the daily tables (a few rows per day and entry)
 * and the votes, never by scanning the questions themselves.
 */
export function summaryOf(db: Database.Database, period: Period): InsightsSummary {
  const { first, where, params } = scope(period);
  const days = db.prepare(`SELECT day, SUM(count) AS count, SUM(CASE WHEN answered = 1 THEN count ELSE 0 END) AS answered
    FROM daily WHERE ${where} GROUP BY day`).all(...params) as { day: number; count: number; answered: number }[];
  const perDay = Array.from({ length: period.days }, () => 0);
  let asked = 0;
  let answered = 0;
  for (const row of days) {
    perDay[row.day - first] = row.count;
    asked += row.count;
    answered += row.answered;
  }
  const voteWhere = period.guildId === undefined ? 'at >= ?' : 'at >= ? AND guild_id = ?';
  const voteParams = period.guildId === undefined ? [first * 86_400_000] : [first * 86_400_000, period.guildId];
  const votes = new Map((db.prepare(`SELECT entry_id, SUM(helpful) AS up, SUM(1 - helpful) AS down FROM votes WHERE ${voteWhere} GROUP BY entry_id`)
    .all(...voteParams) as { entry_id: string; up: number; down: number }[]).map((v) => [v.entry_id, v]));
  const mostAsked = (db.prepare(`SELECT entry_id, SUM(count) AS count FROM daily WHERE ${where} AND answered = 1 AND entry_id != ''
    GROUP BY entry_id ORDER BY count DESC, entry_id LIMIT ?`).all(...params, LISTED) as { entry_id: string; count: number }[])
    .map((r) => ({ entryId: r.entry_id, count: r.count, helpful: votes.get(r.entry_id)?.up ?? 0, notHelpful: votes.get(r.entry_id)?.down ?? 0 }));
  const notHelpful = [...votes.values()].filter((v) => v.down > 0)
    .sort((a, b) => b.down - a.down || a.entry_id.localeCompare(b.entry_id)).slice(0, LISTED)
    .map((v) => ({ entryId: v.entry_id, helpful: v.up, notHelpful: v.down }));
  return {
    days: period.days, guildId: period.guildId, asked, answered, perDay,
    unanswered: unansweredOf(db, { ...period, limit: LISTED }), mostAsked, notHelpful, reloads: lastReloads(db),
  };
}

interface ReloadRow {
  at: number; via: string; by: string | null; ok: number; reason: string | null; entries_before: number | null; entries_after: number | null;
  added: string; removed: string; changed: string; ms: number;
}

/** The last reloads, newest first. */
function lastReloads(db: Database.Database): ReloadEvent[] {
  const list = (json: string) => JSON.parse(json) as string[];
  return (db.prepare('SELECT * FROM reloads ORDER BY at DESC, id DESC LIMIT ?').all(LISTED) as ReloadRow[]).map((r) => ({
    at: r.at, via: r.via, by: r.by ?? undefined, ok: r.ok === 1, reason: r.reason ?? undefined, entriesBefore: r.entries_before ?? undefined,
    entriesAfter: r.entries_after ?? undefined, added: list(r.added), removed: list(r.removed), changed: list(r.changed), ms: r.ms,
  }));
}
