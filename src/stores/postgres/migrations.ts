import type pg from 'pg';
import { inTransaction } from './connection.ts';

/** The advisory lock held while migrating: two hosts starting together migrate one after the other. */
export const MIGRATION_LOCK = 7_432_001;

/**
 * The schema, one step per version, applied in order at start (schema_migrations says how far a
 * database has come). Never edit a step that has shipped: add the next one.
 *
 * The same tables as the SQLite file (sqlite/migrations.ts) at its latest version, in PostgreSQL's
 * types: times are milliseconds since the epoch (bigint), days whole UTC days since the epoch; the
 * daily tables are kept up to date with each batch, so that /insights reads a few hundred rows.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: questions and their daily counts, votes, reloads, versions, servers' settings, with the
  // keyed hash of who asked on questions and votes (/privacy forget-me).
  `CREATE TABLE questions (
     id bigserial PRIMARY KEY, at bigint NOT NULL, guild_id text, via text NOT NULL,
     question text, normalized text, verdict text NOT NULL, entry_id text,
     candidates text NOT NULL, latency_ms double precision NOT NULL, asker text);
   CREATE INDEX questions_at ON questions (at);
   CREATE INDEX questions_guild ON questions (guild_id, at);
   CREATE INDEX questions_asker ON questions (asker);
   CREATE TABLE daily (
     day integer NOT NULL, guild_id text NOT NULL, entry_id text NOT NULL, answered boolean NOT NULL,
     count integer NOT NULL, PRIMARY KEY (day, guild_id, entry_id, answered));
   CREATE TABLE daily_unanswered (
     day integer NOT NULL, guild_id text NOT NULL, normalized text NOT NULL, count integer NOT NULL,
     PRIMARY KEY (day, guild_id, normalized));
   CREATE TABLE votes (
     voter text PRIMARY KEY, at bigint NOT NULL, guild_id text, entry_id text NOT NULL,
     helpful boolean NOT NULL, asker text);
   CREATE INDEX votes_entry ON votes (entry_id, at);
   CREATE INDEX votes_asker ON votes (asker);
   CREATE TABLE reloads (
     id bigserial PRIMARY KEY, at bigint NOT NULL, via text NOT NULL, by text, ok boolean NOT NULL,
     reason text, entries_before integer, entries_after integer, added text[] NOT NULL,
     removed text[] NOT NULL, changed text[] NOT NULL, ms double precision NOT NULL, guild_id text);
   CREATE INDEX reloads_at ON reloads (at);
   CREATE TABLE versions (id bigserial PRIMARY KEY, at bigint NOT NULL, hash text NOT NULL, entries integer NOT NULL);
   CREATE TABLE server_settings (
     guild_id text PRIMARY KEY, visibility text, cooldown_seconds double precision, store_text boolean);`,
  // 2: one knowledge base for every host: its versions (the files' text) and what each host serves.
  `CREATE TABLE knowledge_versions (
     version bigserial PRIMARY KEY, hash text NOT NULL, copy text NOT NULL, at bigint NOT NULL, host text NOT NULL);
   CREATE TABLE knowledge_hosts (
     host text PRIMARY KEY, version bigint, failed_version bigint, failed_reason text, seen_at bigint NOT NULL);`,
  // 3: per-server switches for mentions and public answers (/settings); null is the default, on.
  `ALTER TABLE server_settings ADD COLUMN mentions boolean, ADD COLUMN public_answers boolean;`,
  // 4: a server's interface language (/settings language); null: each member's client locale.
  `ALTER TABLE server_settings ADD COLUMN language text;`,
];

/**
 * Brings the database to the latest version in one transaction, under a transaction-level advisory
 * lock, so that hosts starting together neither race nor see half a schema; returns the version.
 * Throws when the database is newer than this Counterpoint.
 */
export async function migrate(pool: pg.Pool, steps: readonly string[] = MIGRATIONS): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_migrations',
    );
    const current = rows[0]?.version ?? 0;
    if (current > steps.length) {
      throw Object.assign(
        new Error(
          `the database is at version ${current}, newer than this Counterpoint (${steps.length}): update the bot`,
        ),
        { code: 'PG_SCHEMA_NEWER' },
      );
    }
    for (let version = current; version < steps.length; version++) {
      await client.query(steps[version] ?? '');
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
    }
    return steps.length;
  });
}
