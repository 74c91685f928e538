import type { StoreSet } from '../store-set.ts';
import { SqliteAuditStore } from './audit-store.ts';
import { openDatabase, prepareDatabase, type SqliteDatabase } from './database.ts';
import { SqliteQuestionStore } from './question-store.ts';
import { SqliteSettingsStore } from './settings-store.ts';
import { SqliteVoteStore } from './vote-store.ts';

/**
 * Every store over one SQLite file, DATA_DIR/counterpoint.sqlite (or `file`), on one connection of
 * the calling thread: for the CLI and tests; the bot uses the store thread (store-thread.ts).
 * Existing databases keep working as they are, migrated at open. Throws what SQLite threw.
 */
export function openSqliteStores(dataDir: string, file?: string): StoreSet {
  return sqliteStoresOn(openDatabase(dataDir, file));
}

/** Every store over a connection already open (`prepared`: its pragmas and migrations done). */
export function sqliteStoresOn(db: SqliteDatabase, prepared = false): StoreSet {
  if (!prepared) prepareDatabase(db);
  return {
    questions: new SqliteQuestionStore(db),
    votes: new SqliteVoteStore(db),
    settings: new SqliteSettingsStore(db),
    audit: new SqliteAuditStore(db),
    close: async () => {
      if (db.open) db.close();
    },
  };
}
