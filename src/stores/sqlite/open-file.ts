import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { errorCode } from '../store-errors.ts';
import type { StoreSet } from '../store-set.ts';
import { DATABASE_FILE, openDatabase, type SqliteDatabase } from './database.ts';
import { sqliteStoresOn } from './sqlite-stores.ts';
import type { ThreadFailure } from './thread-messages.ts';

/** Whether two stats name one file: a file deleted and made again, or moved aside, is another. */
const sameFile = (a: Stats, b: Stats | undefined) => b !== undefined && a.dev === b.dev && a.ino === b.ino;

/**
 * The store thread's database file, checked before every call: SQLite keeps writing to a file
 * that was deleted or replaced under it (a restore, a clean-up script), and every later write
 * would be lost without a word. When the path no longer names the file that is open, the old
 * connection is closed, the file at the path opened (made, if gone) and migrated, and a warning
 * sent. A file that could not be opened is tried again at the next call.
 */
export class OpenFile {
  readonly #path: string;
  #open: { db: SqliteDatabase; stores: StoreSet; identity: Stats } | undefined;

  constructor(
    dataDir: string,
    private readonly busyMs: number,
    private readonly warn: (message: string) => void,
  ) {
    this.#path = path.join(dataDir, DATABASE_FILE);
  }

  /** Opens the file now; why it could not be, if it could not. */
  tryOpen(): ThreadFailure | undefined {
    try {
      this.#reopen();
      return undefined;
    } catch (error) {
      return { message: error instanceof Error ? error.message : String(error), code: errorCode(error) };
    }
  }

  /** The stores over the file the path names now; throws what SQLite threw when it cannot be opened. */
  stores(): StoreSet {
    const open = this.#open;
    if (!open) return this.#reopen();
    const now = statSync(this.#path, { throwIfNoEntry: false });
    if (sameFile(open.identity, now)) return open.stores;
    this.warn(
      `the database file ${this.#path} was ${now ? 'replaced' : 'deleted'} while the bot ran: ` +
        'writes go to the file now at that path (made anew if it was deleted)',
    );
    return this.#reopen();
  }

  close(): void {
    if (this.#open?.db.open) this.#open.db.close();
    this.#open = undefined;
  }

  #reopen(): StoreSet {
    this.close();
    const db = openDatabase(path.dirname(this.#path), this.#path, this.busyMs);
    const stores = sqliteStoresOn(db, true);
    this.#open = { db, stores, identity: statSync(this.#path) };
    return stores;
  }
}
