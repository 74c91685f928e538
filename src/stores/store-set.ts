// Every store of one database, opened together: what a deployment chooses (SQLite by default,
// PostgreSQL when DATABASE_URL names a server).
import type { AuditStore } from './audit.ts';
import type { QuestionStore } from './questions.ts';
import type { SettingsStore } from './settings.ts';
import type { VoteStore } from './votes.ts';

/** The stores of one database, and closing it. */
export interface StoreSet {
  readonly questions: QuestionStore;
  readonly votes: VoteStore;
  readonly settings: SettingsStore;
  readonly audit: AuditStore;
  /** Closes the connection; the stores are not used after. */
  close(): Promise<void>;
}

/** What opening the stores needs from the configuration. */
export interface StoreConfig {
  readonly DATA_DIR: string;
  /** A PostgreSQL server (postgres://…): chosen over the SQLite file in DATA_DIR when set. */
  readonly DATABASE_URL?: string | undefined;
}

/** The stores, or why they could not be opened. */
export type OpenedStores =
  | { readonly stores: StoreSet; readonly failure?: undefined }
  | { readonly stores?: undefined; readonly failure: unknown };

/** How the stores are opened: the bot's way (`thread`), or the CLI's. */
export interface OpenOptions {
  /**
   * The bot's way: nothing a user waits on touches the disk, so SQLite runs on a thread of its own;
   * PostgreSQL, asynchronous already, needs none, and a server that cannot be reached yet leaves
   * stores whose calls fail until it is back (the write queue retries). `warn` hears what the
   * stores report.
   */
  readonly thread?: { readonly warn: (message: string) => void } | undefined;
}

/**
 * Opens the stores: PostgreSQL when DATABASE_URL is set (no SQLite file is made), else SQLite in
 * DATA_DIR. Never throws: a store that cannot be opened is a reason to report, not a reason to stop
 * answering.
 */
export async function openStores(config: StoreConfig, options: OpenOptions = {}): Promise<OpenedStores> {
  try {
    if (config.DATABASE_URL) {
      const { openServerStores } = await import('./postgres/postgres-stores.ts');
      return await openServerStores(config.DATABASE_URL, options.thread?.warn);
    }
    // Loaded only when used: the native module is not needed when nothing is kept.
    if (options.thread) {
      const { SqliteStoreThread } = await import('./sqlite/store-thread.ts');
      return await SqliteStoreThread.open(config.DATA_DIR, options.thread.warn);
    }
    const { openSqliteStores } = await import('./sqlite/sqlite-stores.ts');
    return { stores: openSqliteStores(config.DATA_DIR) };
  } catch (failure) {
    return { failure };
  }
}
