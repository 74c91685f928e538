// Why a store failed, in words an admin can act on, from the code the database driver put on the
// error: SQLite's result codes, PostgreSQL's SQLSTATEs and the network's codes.

/** SQLite's result codes as better-sqlite3 reports them, in words an admin can act on. */
const REASONS: Readonly<Record<string, string>> = {
  SQLITE_NOTADB: 'the database file is damaged or is not a database',
  SQLITE_CORRUPT: 'the database file is damaged',
  SQLITE_READONLY: 'the database file is read-only',
  SQLITE_BUSY: 'the database is locked by another process',
  SQLITE_LOCKED: 'the database is locked',
  SQLITE_FULL: 'the disk is full',
  SQLITE_CANTOPEN: 'the database file cannot be opened',
  SQLITE_IOERR: 'the disk could not be read or written',
  SQLITE_PERM: 'the bot may not open the database file',
  // PostgreSQL (DATABASE_URL): the server's SQLSTATE, or the network's code when it never answered.
  ECONNREFUSED: 'the database server refuses connections (is it running?)',
  ECONNRESET: 'the database server closed the connection',
  ETIMEDOUT: 'the database server did not answer in time',
  ENOTFOUND: "the database server's host name is not known",
  EHOSTUNREACH: 'the database server cannot be reached',
  PG_CONNECTION: 'the connection to the database server was lost or timed out',
  PG_SCHEMA_NEWER: 'the database was made by a newer Counterpoint: update the bot',
  '28P01': 'the database server refused the password in DATABASE_URL',
  '28000': 'the database server refused the user in DATABASE_URL',
  '3D000': 'the database in DATABASE_URL does not exist',
  '42501': 'the database user may not do this (permissions)',
  '53100': "the database server's disk is full",
  '53300': 'the database server has too many connections',
  '57P01': 'the database server is shutting down',
  '57P03': 'the database server is starting up',
  '40P01': 'two writes waited on each other (deadlock)',
};

/** The code the driver put on an error ("SQLITE_FULL"), if any. */
export function errorCode(error: unknown): string | undefined {
  const has = typeof error === 'object' && error !== null && 'code' in error && error.code !== undefined;
  return has ? String(error.code) : undefined;
}

/**
 * The file a store's error is about, when the store put it there (the SQLite file: store-thread.ts).
 * For the log only: a warning that names no path leaves an admin guessing which DATA_DIR the bot
 * used, while replies in Discord (/settings, /insights) keep the host's paths to themselves.
 */
export function failedFile(error: unknown): string | undefined {
  const file = typeof error === 'object' && error !== null && 'file' in error ? error.file : undefined;
  return typeof file === 'string' ? file : undefined;
}

/** Why the database failed, in one line: "the disk is full (SQLITE_FULL)". */
export function storeFailure(error: unknown): string {
  const code = errorCode(error);
  // Extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED) fall back to their primary code.
  const base = code?.split('_').slice(0, 2).join('_');
  const reason = (code && REASONS[code]) ?? (base && REASONS[base]);
  if (reason) return `${reason} (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}
