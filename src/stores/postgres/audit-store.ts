import type { AuditStore } from '../audit.ts';
import type { KnowledgeVersion, ReloadEvent } from '../records.ts';
import { query } from './connection.ts';
import type { PostgresDatabase } from './database.ts';
import { AUDIT_EXPIRY_LOCK, onOneHost } from './one-host.ts';

interface ReloadRow {
  at: number;
  via: string;
  by: string | null;
  ok: boolean;
  reason: string | null;
  entries_before: number | null;
  entries_after: number | null;
  added: string[];
  removed: string[];
  changed: string[];
  ms: number;
  guild_id: string | null;
}

/** The audit trail in PostgreSQL: reloads with their diff as text arrays, and versions at start. */
export class PostgresAuditStore implements AuditStore {
  constructor(private readonly db: PostgresDatabase) {}

  async recordReload(e: ReloadEvent): Promise<void> {
    await query(
      await this.db.ready(),
      `INSERT INTO reloads (at, via, by, ok, reason, entries_before, entries_after, added, removed, changed, ms,
       guild_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        e.at,
        e.via,
        e.by ?? null,
        e.ok,
        e.reason ?? null,
        e.entriesBefore ?? null,
        e.entriesAfter ?? null,
        [...e.added],
        [...e.removed],
        [...e.changed],
        e.ms,
        e.guildId ?? null,
      ],
    );
  }

  async recordVersion(v: KnowledgeVersion): Promise<void> {
    await query(await this.db.ready(), 'INSERT INTO versions (at, hash, entries) VALUES ($1, $2, $3)', [
      v.at,
      v.hash,
      v.entries,
    ]);
  }

  async reloads(limit: number, guildId?: string): Promise<readonly ReloadEvent[]> {
    const { rows } = await query<ReloadRow>(
      await this.db.ready(),
      'SELECT * FROM reloads ORDER BY at DESC, id DESC LIMIT $1',
      [limit],
    );
    return rows.map((r) => ({
      at: r.at,
      via: r.via,
      // Who ran a reload is shown only to the server it was run from (and to the operator's CLI).
      by: guildId === undefined || r.guild_id === guildId ? (r.by ?? undefined) : undefined,
      guildId: r.guild_id ?? undefined,
      ok: r.ok,
      reason: r.reason ?? undefined,
      entriesBefore: r.entries_before ?? undefined,
      entriesAfter: r.entries_after ?? undefined,
      added: r.added,
      removed: r.removed,
      changed: r.changed,
      ms: r.ms,
    }));
  }

  async latestVersion(): Promise<KnowledgeVersion | undefined> {
    // id: two starts within one millisecond still come back in the order they were recorded.
    const { rows } = await query<KnowledgeVersion>(
      await this.db.ready(),
      'SELECT at, hash, entries FROM versions ORDER BY at DESC, id DESC LIMIT 1',
    );
    const row = rows[0];
    return row && { at: row.at, hash: row.hash, entries: row.entries };
  }

  async countGuild(guildId: string): Promise<number> {
    const sql = 'SELECT count(*)::int AS n FROM reloads WHERE guild_id = $1';
    return (await query<{ n: number }>(await this.db.ready(), sql, [guildId])).rows[0]?.n ?? 0;
  }

  async purgeGuild(guildId: string): Promise<number> {
    const { rowCount } = await query(await this.db.ready(), 'DELETE FROM reloads WHERE guild_id = $1', [guildId]);
    return rowCount ?? 0;
  }

  /** Runs on one host at a time: another host purging the trail now makes this one return 0. */
  async purgeBefore(before: number): Promise<number> {
    return onOneHost(await this.db.ready(), AUDIT_EXPIRY_LOCK, async (client) => {
      const { rowCount } = await client.query('DELETE FROM reloads WHERE at < $1', [before]);
      return rowCount ?? 0;
    });
  }
}
