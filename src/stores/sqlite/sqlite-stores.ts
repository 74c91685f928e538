import type { StoreSet } from '../store-set.ts';
import { SqliteAuditStore } from './audit-store.ts';
import { openDatabase, prepareDatabase, type SqliteDatabase } from './database.ts';
import { SqliteQuestionStore } from './question-store.ts';
import { SqliteSettingsStore } from './settings-store.ts';
import { SqliteVoteStore } from './vote-store.ts';

/**
 * Every store over one SQLite file, DATA_DIR/counterpoint.sqlite (or `file`), on one connection:
 * existing databases keep working as they are, migrated at open. Throws what SQLite threw.
 */
export function openSqliteStores(dataDir: string, file?: string): StoreSet {
  const stores = sqliteStoresOn(openDatabase(dataDir, file));
  // The writer thread opens DATA_DIR's file: offered only when that is the file opened here.
  if (file !== undefined) return stores;
  return {
    ...stores,
    startOffThread: async (stopped) => {
      const { SqliteQuestionWriter } = await import('./question-writer.ts');
      return new SqliteQuestionWriter(dataDir, stopped);
    },
  };
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
