import type { AuditStore } from '../audit.ts';
import type { KnowledgeVersion, ReloadEvent } from '../records.ts';
import { scrub, type SqliteDatabase } from './database.ts';

interface ReloadRow {
  at: number;
  via: string;
  by: string | null;
  ok: number;
  reason: string | null;
  entries_before: number | null;
  entries_after: number | null;
  added: string;
  removed: string;
  changed: string;
  ms: number;
  guild_id: string | null;
}

/** The audit trail in the SQLite file: reloads with their diff as JSON lists, and versions at start. */
export class SqliteAuditStore implements AuditStore {
  constructor(private readonly db: SqliteDatabase) {}

  async recordReload(e: ReloadEvent): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO reloads
      (at, via, by, ok, reason, entries_before, entries_after, added, removed, changed, ms, guild_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        e.at,
        e.via,
        e.by ?? null,
        e.ok ? 1 : 0,
        e.reason ?? null,
        e.entriesBefore ?? null,
        e.entriesAfter ?? null,
        JSON.stringify(e.added),
        JSON.stringify(e.removed),
        JSON.stringify(e.changed),
        e.ms,
        e.guildId ?? null,
      );
  }

  async recordVersion(v: KnowledgeVersion): Promise<void> {
    this.db.prepare('INSERT INTO versions VALUES (?, ?, ?)').run(v.at, v.hash, v.entries);
  }

  async reloads(limit: number, guildId?: string): Promise<readonly ReloadEvent[]> {
    const list = (json: string) => JSON.parse(json) as string[];
    const rows = this.db.prepare('SELECT * FROM reloads ORDER BY at DESC, id DESC LIMIT ?').all(limit) as ReloadRow[];
    return rows.map((r) => ({
      at: r.at,
      via: r.via,
      // Who ran a reload is shown only to the server it was run from (and to the operator's CLI).
      by: guildId === undefined || r.guild_id === guildId ? (r.by ?? undefined) : undefined,
      guildId: r.guild_id ?? undefined,
      ok: r.ok === 1,
      reason: r.reason ?? undefined,
      entriesBefore: r.entries_before ?? undefined,
      entriesAfter: r.entries_after ?? undefined,
      added: list(r.added),
      removed: list(r.removed),
      changed: list(r.changed),
      ms: r.ms,
    }));
  }

  async latestVersion(): Promise<KnowledgeVersion | undefined> {
    // rowid: two starts within one millisecond still come back in the order they were recorded.
    return this.db.prepare('SELECT at, hash, entries FROM versions ORDER BY at DESC, rowid DESC LIMIT 1').get() as
      KnowledgeVersion | undefined;
  }

  async countGuild(guildId: string): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM reloads WHERE guild_id = ?').get(guildId) as { n: number }).n;
  }

  async purgeGuild(guildId: string): Promise<number> {
    const { changes } = this.db.prepare('DELETE FROM reloads WHERE guild_id = ?').run(guildId);
    scrub(this.db);
    return changes;
  }

  async purgeBefore(before: number): Promise<number> {
    const { changes } = this.db.prepare('DELETE FROM reloads WHERE at < ?').run(before);
    scrub(this.db);
    return changes;
  }
}
