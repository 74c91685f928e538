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
};

/** The SQLite result code better-sqlite3 put on an error ("SQLITE_FULL"), if any. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && error.code !== undefined ? String(error.code) : undefined;
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
