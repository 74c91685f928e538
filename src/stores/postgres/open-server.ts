import type { OpenedStores } from '../store-set.ts';
import { errorCode, storeFailure } from '../store-errors.ts';
import { describeServer } from './connection.ts';
import { openPostgresStores, passing } from './postgres-stores.ts';

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
