import type Database from 'better-sqlite3';

/**
 * The schema, one step per version, applied in order at open (PRAGMA user_version says how far a
 * file has come). Never edit a step that has shipped: add the next one.
 *
 * Times are milliseconds since the epoch; days are whole UTC days since the epoch. The daily
 * tables are kept up to date with each batch so that /insights reads a few hundred rows, not every
 * question of the period.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: questions, their daily counts, votes, reloads, knowledge base versions.
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
   CREATE TABLE questions (
     id INTEGER PRIMARY KEY, at INTEGER NOT NULL, guild_id TEXT, via TEXT NOT NULL,
     question TEXT, normalized TEXT, verdict TEXT NOT NULL, entry_id TEXT,
     candidates TEXT NOT NULL, latency_ms REAL NOT NULL);
   CREATE INDEX questions_at ON questions (at);
   CREATE INDEX questions_guild ON questions (guild_id, at);
   CREATE TABLE daily (
     day INTEGER NOT NULL, guild_id TEXT NOT NULL, entry_id TEXT NOT NULL, answered INTEGER NOT NULL, count INTEGER NOT NULL,
     PRIMARY KEY (day, guild_id, entry_id, answered)) WITHOUT ROWID;
   CREATE TABLE daily_unanswered (
     day INTEGER NOT NULL, guild_id TEXT NOT NULL, normalized TEXT NOT NULL, count INTEGER NOT NULL,
     PRIMARY KEY (day, guild_id, normalized)) WITHOUT ROWID;
   CREATE TABLE votes (voter TEXT PRIMARY KEY, at INTEGER NOT NULL, guild_id TEXT, entry_id TEXT NOT NULL, helpful INTEGER NOT NULL);
   CREATE INDEX votes_entry ON votes (entry_id, at);
   CREATE TABLE reloads (
     id INTEGER PRIMARY KEY, at INTEGER NOT NULL, via TEXT NOT NULL, by TEXT, ok INTEGER NOT NULL, reason TEXT,
     entries_before INTEGER, entries_after INTEGER, added TEXT NOT NULL, removed TEXT NOT NULL, changed TEXT NOT NULL, ms INTEGER NOT NULL);
   CREATE TABLE versions (at INTEGER NOT NULL, hash TEXT NOT NULL, entries INTEGER NOT NULL);`,
  // 2: per-server settings (/settings).
  `CREATE TABLE server_settings (guild_id TEXT PRIMARY KEY, visibility TEXT, ` +
    `cooldown_seconds REAL, store_text INTEGER);`,
  // 3: privacy. Questions and votes carry a keyed hash of who asked (/privacy forget-me); reloads
  // belong to the server they were run from (purged with it); the vote key leaves the database.
  `ALTER TABLE questions ADD COLUMN asker TEXT;
   CREATE INDEX questions_asker ON questions (asker);
   ALTER TABLE votes ADD COLUMN asker TEXT;
   CREATE INDEX votes_asker ON votes (asker);
   ALTER TABLE reloads ADD COLUMN guild_id TEXT;
   DELETE FROM meta WHERE key = 'vote_key';`,
  // 4: per-server switches for mentions and public answers (/settings); null is the default, on.
  `ALTER TABLE server_settings ADD COLUMN mentions INTEGER;
   ALTER TABLE server_settings ADD COLUMN public_answers INTEGER;`,
  // 5: a server's interface language (/settings language); null: each member's client locale.
  `ALTER TABLE server_settings ADD COLUMN language TEXT;`,
];

/** Brings a database to the latest version, each step in its own transaction; returns the version reached. */
export function migrate(db: Database.Database, steps: readonly string[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > steps.length)
    throw new Error(
      `the database is at version ${current}, newer than this Counterpoint (${steps.length}): update the bot`,
    );
  for (let version = current; version < steps.length; version++) {
    db.transaction(() => {
      db.exec(steps[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
  return steps.length;
}
