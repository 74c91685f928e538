// The one SQLite file every store shares (questions, votes, settings, audit): opened, tuned for
// several processes at once and migrated here, once per connection.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.ts';

/** The database's file name under DATA_DIR. */
export const DATABASE_FILE = 'counterpoint.sqlite';
/**
 * How long a writer waits for another process's transaction before giving up (ms): the CLI's
 * connections wait long; the bot's store thread waits briefly and lets its write queue retry, so
 * that reads (a summary, a server's settings) are not held behind a locked write.
 */
const BUSY_TIMEOUT_MS = 5_000;

/** A connection to the stores' database, as better-sqlite3 gives it. */
export type SqliteDatabase = Database.Database;

/** Opens (creating if need be) `DATA_DIR/counterpoint.sqlite`, or `file` as given; throws what SQLite threw. */
export function openDatabase(
  dataDir: string,
  file = path.join(dataDir, DATABASE_FILE),
  busyMs = BUSY_TIMEOUT_MS,
): SqliteDatabase {
  mkdirSync(path.dirname(file), { recursive: true });
  return prepareDatabase(new Database(file, { timeout: busyMs }));
}

/**
 * Readies a connection: safe for several processes at once (every shard of start:sharded, and the
 * store thread), WAL mode, so that readers never block the writer, and a busy timeout,
 * so that writers queue rather than fail; then the migrations.
 */
export function prepareDatabase(db: SqliteDatabase): SqliteDatabase {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Deleted rows are overwritten with zeros, not left readable in free pages (purges, /privacy).
  db.pragma('secure_delete = ON');
  migrate(db);
  return db;
}

/**
 * After a purge: copies the write-ahead log into the file and empties it, so that the deleted
 * text is left neither in the log's old page images nor anywhere else on disk.
 */
export function scrub(db: SqliteDatabase): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
