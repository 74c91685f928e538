// The pool of connections to the PostgreSQL server every store shares, and the few ways the stores
// use it: a query, a transaction, and errors that always carry a code the write queue can read.
import pg from 'pg';

/** A connection from the pool, inside a transaction. */
export type PgClient = pg.PoolClient;

/** PostgreSQL's type ids for bigint and numeric: the only ones turned into numbers here. */
const INT8 = 20;
const NUMERIC = 1700;

/**
 * bigint (times in ms, COUNT, SUM of integers) and numeric as JavaScript numbers, not strings: no
 * value kept here comes near 2^53 (a time in ms is about 2^41).
 */
const numbers: pg.CustomTypesConfig = {
  getTypeParser: ((id: number, format?: 'text' | 'binary') => {
    if (id === INT8 || id === NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(id, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** How long a connection attempt waits before it fails (and the write queue tries again later). */
const CONNECT_TIMEOUT_MS = 5_000;
/** Connections per host: writes go one at a time (the write queue); reads beside them. */
const MAX_CONNECTIONS = 4;

/**
 * The code put on a failure that the server never answered (connection refused, lost, timed out),
 * where node-postgres gives none: with a code, the write queue waits and tries again rather than
 * giving the write up as a bug.
 */
export const CONNECTION_LOST = 'PG_CONNECTION';
const CONNECTION_MESSAGE = /connect|terminat|timeout|closed|ended|socket|ECONN|EPIPE/i;

/** The error, with CONNECTION_LOST as its code when it is a connection failure without one. */
export function withCode(error: unknown): unknown {
  if (!(error instanceof Error) || 'code' in error) return error;
  return CONNECTION_MESSAGE.test(error.message) ? Object.assign(error, { code: CONNECTION_LOST }) : error;
}

/**
 * A pool of at most `max` connections to `url`; `warn` hears of idle connections the server
 * dropped (a restart), which pg emits.
 */
export function openPool(url: string, warn: (message: string) => void, max = MAX_CONNECTIONS): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types: numbers,
    application_name: 'counterpoint',
  });
  // Without a listener, an idle connection the server closed would end the process.
  pool.on('error', (error) => warn(`a PostgreSQL connection was lost: ${error.message}`));
  return pool;
}

/** Runs one statement on any free connection; rejects with an error that carries a code. */
export async function query<R extends pg.QueryResultRow>(
  pool: pg.Pool,
  text: string,
  values: readonly unknown[] = [],
): Promise<pg.QueryResult<R>> {
  try {
    return await pool.query<R>(text, values as unknown[]);
  } catch (error) {
    throw withCode(error);
  }
}

/** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: PgClient) => Promise<T>): Promise<T> {
  let client: PgClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw withCode(error);
  }
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    // A connection whose rollback failed is broken: released with the error, it is not reused.
    const broken = await client.query('ROLLBACK').then(
      () => undefined,
      (rollback: unknown) => (rollback instanceof Error ? rollback : new Error(String(rollback))),
    );
    client.release(broken);
    throw withCode(error);
  }
}

/** The server and database of `url`, for messages: never its user or password. */
export function describeServer(url: string): string {
  try {
    const { hostname, port, pathname } = new URL(url);
    return `${hostname || 'localhost'}:${port || '5432'}${pathname || '/'}`;
  } catch {
    return 'the server DATABASE_URL names';
  }
}
