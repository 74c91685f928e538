// Every store of one database, opened together: what a deployment chooses (SQLite today).
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
}

/** The stores, or why they could not be opened. */
export type OpenedStores =
  | { readonly stores: StoreSet; readonly failure?: undefined }
  | { readonly stores?: undefined; readonly failure: unknown };

/** How the stores are opened: on a thread of their own (the bot), or on the caller's (the CLI). */
export interface OpenOptions {
  /** The bot's way: nothing a user waits on touches the disk. `warn` hears what the thread reports. */
  readonly thread?: { readonly warn: (message: string) => void } | undefined;
}

/**
 * Opens the stores (SQLite in DATA_DIR today; a server database would be chosen here). Never throws:
 * a store that cannot be opened is a reason to report, not a reason to stop answering.
 */
export async function openStores(config: StoreConfig, options: OpenOptions = {}): Promise<OpenedStores> {
  try {
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
