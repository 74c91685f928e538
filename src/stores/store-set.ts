// Every store of one database, opened together: what a deployment chooses (SQLite today).
import type { AuditStore } from './audit.ts';
import type { OffThreadQuestions, QuestionStore } from './questions.ts';
import type { SettingsStore } from './settings.ts';
import type { VoteStore } from './votes.ts';

/** The stores of one database, and closing it. */
export interface StoreSet {
  readonly questions: QuestionStore;
  readonly votes: VoteStore;
  readonly settings: SettingsStore;
  readonly audit: AuditStore;
  /**
   * Starts a question store on a thread of its own, for stores whose calls would hold up answers
   * (SQLite's are synchronous); `stopped` hears of the thread stopping unasked. Absent where the
   * calls already leave the thread free.
   */
  readonly startOffThread?: ((stopped: (why: string) => void) => Promise<OffThreadQuestions>) | undefined;
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

/**
 * Opens the stores (SQLite in DATA_DIR today; a server database would be chosen here). Never throws:
 * a store that cannot be opened is a reason to report, not a reason to stop answering.
 */
export async function openStores(config: StoreConfig): Promise<OpenedStores> {
  try {
    // Loaded only when used: the native module is not needed when nothing is kept.
    const { openSqliteStores } = await import('./sqlite/sqlite-stores.ts');
    return { stores: openSqliteStores(config.DATA_DIR) };
  } catch (failure) {
    return { failure };
  }
}
