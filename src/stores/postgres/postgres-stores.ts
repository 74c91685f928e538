import type { StoreSet } from '../store-set.ts';
import { errorCode } from '../store-errors.ts';
import { PostgresAuditStore } from './audit-store.ts';
import { CONNECTION_LOST } from './connection.ts';
import { PostgresDatabase } from './database.ts';
import { PostgresQuestionStore } from './question-store.ts';
import { PostgresSettingsStore } from './settings-store.ts';
import { PostgresVoteStore } from './vote-store.ts';

/** Every store over one PostgreSQL database, with its own pool, and whether the server answers now. */
export interface PostgresStores {
  readonly stores: StoreSet;
  /** Connects and migrates now; resolves with the failure, if any (nothing thrown). */
  readonly check: () => Promise<unknown>;
}

/**
 * Every store over the database `url` names (DATABASE_URL), on one pool. Connecting and
 * migrating wait for the first call, and are tried again at each call while they fail: the
 * server may come up after the bot. `warn` hears of connections the server dropped.
 */
export function openPostgresStores(url: string, warn: (message: string) => void = () => {}): PostgresStores {
  const db = new PostgresDatabase(url, warn);
  const stores: StoreSet = {
    questions: new PostgresQuestionStore(db),
    votes: new PostgresVoteStore(db),
    settings: new PostgresSettingsStore(db),
    audit: new PostgresAuditStore(db),
    close: () => db.close(),
  };
  return {
    stores,
    check: () =>
      db.ready().then(
        () => undefined,
        (error: unknown) => error,
      ),
  };
}

/**
 * Failures a server can recover from by itself, worth waiting out with the write queue rather than
 * giving the database up for the run: it cannot be reached, is starting, shutting down, or out of
 * connections (PostgreSQL's classes 08, 53 and 57, and the network's codes). A wrong password, a
 * database that does not exist or a schema newer than the bot need the operator.
 */
export function passing(failure: unknown): boolean {
  const code = errorCode(failure) ?? '';
  return code === CONNECTION_LOST || /^(08|53|57)[0-9A-Z]{3}$/.test(code) || /^E[A-Z_]+$/.test(code);
}
