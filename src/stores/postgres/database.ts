// One PostgreSQL database every store shares (questions, votes, settings, audit): the pool, and the
// schema migrated before the first statement, however late the server comes up.
import type pg from 'pg';
import { openPool } from './connection.ts';
import { migrate } from './migrations.ts';

/**
 * The pool behind every store, migrated once. Nothing connects at construction: a server that is
 * down when the bot starts is reached at the first call that needs it, and each call until then
 * rejects with the connection's error (a code the write queue waits out, store-errors.ts words).
 */
export class PostgresDatabase {
  readonly #pool: pg.Pool;
  #migrated: Promise<void> | undefined;

  constructor(url: string, warn: (message: string) => void, maxConnections?: number) {
    this.#pool = openPool(url, warn, maxConnections);
  }

  /** The pool, once the schema is at this version; a failed attempt is tried again at the next call. */
  async ready(): Promise<pg.Pool> {
    this.#migrated ??= migrate(this.#pool).then(
      () => undefined,
      (error: unknown) => {
        this.#migrated = undefined;
        throw error;
      },
    );
    await this.#migrated;
    return this.#pool;
  }

  /** Ends every connection once the statements under way are done. */
  async close(): Promise<void> {
    if (!this.#pool.ended) await this.#pool.end();
  }
}
