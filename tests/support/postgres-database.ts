// One fresh database per test (or bench run) on a PostgreSQL server, dropped after.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database made for one test: its URL, and dropping it. */
export interface FreshDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** Runs one statement on the server's maintenance database. */
async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates a database with a random name on `serverUrl`; dropping it ends the connections left to it. */
export async function freshDatabase(serverUrl: string): Promise<FreshDatabase> {
  const name = `counterpoint_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
