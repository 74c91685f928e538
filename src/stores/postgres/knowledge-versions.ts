// The knowledge base's versions and the hosts serving them, in PostgreSQL: a version is published
// with NOTIFY in the same transaction, so a host hears of it only once it can be read.
import type {
  HostState,
  KnowledgeVersion,
  PublishRule,
  SharedKnowledge,
  VersionHead,
} from '../../reload/shared-knowledge.ts';
import { inTransaction, query } from './connection.ts';
import { PostgresDatabase } from './database.ts';
import { KnowledgeListener } from './knowledge-listener.ts';

/** The channel versions are announced on; the payload is the version's number. */
export const KNOWLEDGE_CHANNEL = 'counterpoint_knowledge';

/** The advisory lock under which versions are published: one host at a time decides whether to add one. */
export const PUBLISH_LOCK = 7_432_004;

/**
 * Versions kept: the newest this many. Each holds the files' whole text (a few hundred KB), and a
 * host only ever fetches the newest; the rest are history for an operator, so they are bounded.
 */
export const KEPT_VERSIONS = 20;
/** A host not heard from for this long (it stopped without leaving, e.g. killed) is forgotten. */
export const FORGOTTEN_HOST_MS = 7 * 24 * 3_600_000;

/** The database's clock in ms: hosts' clocks may differ, and their reports are compared with each other. */
const NOW_MS = '(extract(epoch FROM clock_timestamp()) * 1000)::bigint';
const LATEST = 'SELECT version, hash, at FROM knowledge_versions ORDER BY version DESC LIMIT 1';
// pg_notify is delivered at the transaction's commit, with the row visible.
const INSERT = `WITH added AS (
    INSERT INTO knowledge_versions (hash, copy, at, host) VALUES ($1, $2, ${NOW_MS}, $3) RETURNING version, hash, at)
  SELECT version, hash, at, pg_notify($4, version::text) FROM added`;

interface HostRow {
  host: string;
  version: number | null;
  failed_version: number | null;
  failed_reason: string | null;
  seen_at: number;
}

/** SharedKnowledge over DATABASE_URL's server: its own small pool, and one connection listening. */
export class PostgresSharedKnowledge implements SharedKnowledge {
  readonly #db: PostgresDatabase;
  readonly #listener: KnowledgeListener;

  constructor(url: string, warn: (message: string) => void) {
    this.#db = new PostgresDatabase(url, warn, 2);
    // Listening starts only once the schema is there: NOTIFY needs no table, but catching up does.
    this.#listener = new KnowledgeListener(url, KNOWLEDGE_CHANNEL, () => this.#db.ready(), warn);
  }

  async latest(): Promise<VersionHead | undefined> {
    const pool = await this.#db.ready();
    const { rows } = await query<VersionHead>(pool, LATEST);
    return rows[0];
  }

  async fetch(version: number): Promise<KnowledgeVersion | undefined> {
    const pool = await this.#db.ready();
    const { rows } = await query<KnowledgeVersion>(
      pool,
      'SELECT version, hash, copy, host FROM knowledge_versions WHERE version = $1',
      [version],
    );
    return rows[0];
  }

  async publish(hash: string, copy: string, host: string, rule: PublishRule): Promise<VersionHead> {
    const pool = await this.#db.ready();
    return inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [PUBLISH_LOCK]);
      const standing = (await client.query<VersionHead>(LATEST)).rows[0];
      if (standing && (rule === 'ifNone' || standing.hash === hash)) return standing;
      const added = (await client.query<VersionHead>(INSERT, [hash, copy, host, KNOWLEDGE_CHANNEL])).rows[0];
      if (!added) throw new Error('the new knowledge version was not stored');
      // Pruned in the same transaction, under the same lock: two hosts never prune at once.
      await client.query('DELETE FROM knowledge_versions WHERE version <= $1', [added.version - KEPT_VERSIONS]);
      await client.query(`DELETE FROM knowledge_hosts WHERE seen_at < ${NOW_MS} - $1`, [FORGOTTEN_HOST_MS]);
      return { version: added.version, hash: added.hash, at: added.at };
    });
  }

  async report(state: Omit<HostState, 'seenAt'>): Promise<void> {
    const pool = await this.#db.ready();
    await query(
      pool,
      `INSERT INTO knowledge_hosts (host, version, failed_version, failed_reason, seen_at)
       VALUES ($1, $2, $3, $4, ${NOW_MS})
       ON CONFLICT (host) DO UPDATE SET version = $2, failed_version = $3, failed_reason = $4, seen_at = ${NOW_MS}`,
      [state.host, state.version ?? null, state.failed?.version ?? null, state.failed?.reason ?? null],
    );
  }

  async hosts(withinMs: number): Promise<HostState[]> {
    const pool = await this.#db.ready();
    const { rows } = await query<HostRow>(
      pool,
      'SELECT host, version, failed_version, failed_reason, seen_at FROM knowledge_hosts ' +
        `WHERE seen_at >= ${NOW_MS} - $1 ORDER BY host`,
      [withinMs],
    );
    return rows.map((r) => ({
      host: r.host,
      version: r.version ?? undefined,
      failed:
        r.failed_version === null ? undefined : { version: r.failed_version, reason: r.failed_reason ?? 'unknown' },
      seenAt: r.seen_at,
    }));
  }

  async leave(host: string): Promise<void> {
    const pool = await this.#db.ready();
    await query(pool, 'DELETE FROM knowledge_hosts WHERE host = $1', [host]);
  }

  listen(onVersion: (version: number) => void, onConnected: () => void): void {
    this.#listener.start(onVersion, onConnected);
  }

  async close(): Promise<void> {
    await this.#listener.stop();
    await this.#db.close();
  }
}
