import type { OpenedStores, StoreSet } from '../store-set.ts';
import { errorCode, storeFailure } from '../store-errors.ts';
import { PostgresAuditStore } from './audit-store.ts';
import { CONNECTION_LOST, describeServer } from './connection.ts';
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

/**
 * The stores over DATABASE_URL's server, connected and migrated now. The bot (`warn` given) keeps
 * stores over a server that cannot be reached yet, with one warning: answers never needed the
 * database, writes wait in the write queue and are retried with backoff until the server is back,
 * and /insights says why it cannot read meanwhile. The CLI (no `warn`) reports the failure at
 * once. A failure the operator must fix (a wrong password, no such database, a newer schema) is
 * reported to both. Messages name the server and database, never the credentials.
 */
export async function openServerStores(url: string, warn?: (message: string) => void): Promise<OpenedStores> {
  const { stores, check } = openPostgresStores(url, warn);
  const failure = await check();
  if (failure === undefined) return { stores };
  const where = describeServer(url);
  if (warn && passing(failure)) {
    warn(
      `PostgreSQL at ${where} cannot be reached (${storeFailure(failure)}): ` +
        'answers go on; writes are queued and retried until it is back',
    );
    return { stores };
  }
  await stores.close();
  const reason = failure instanceof Error ? failure.message : String(failure);
  return { failure: Object.assign(new Error(`PostgreSQL at ${where}: ${reason}`), { code: errorCode(failure) }) };
}
