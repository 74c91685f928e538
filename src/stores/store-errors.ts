// Why a store failed, in words an admin can act on, from the code the database driver put on the
// error. SQLite's codes today; a server database's codes would join them here.

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

/** The code the driver put on an error ("SQLITE_FULL"), if any. */
export function errorCode(error: unknown): string | undefined {
  const has = typeof error === 'object' && error !== null && 'code' in error && error.code !== undefined;
  return has ? String(error.code) : undefined;
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
