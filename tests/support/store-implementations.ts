import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, inject } from 'vitest';
import { openPostgresStores } from '../../src/stores/postgres/postgres-stores.ts';
import { openSqliteStores } from '../../src/stores/sqlite/sqlite-stores.ts';
import { SqliteStoreThread } from '../../src/stores/sqlite/store-thread.ts';
import type { StoreSet } from '../../src/stores/store-set.ts';
import { freshDatabase } from './postgres-database.ts';

/** One empty database of an implementation, open as often as a test likes (as several shards would). */
export interface TestDatabase {
  /** A new connection's stores; the test closes them. */
  open(): Promise<StoreSet>;
  /** Deletes the database. */
  dispose(): Promise<void>;
}

/** A store implementation the contract tests (tests/stores/*.contract.test.ts) run against. */
export interface StoreImplementation {
  readonly name: string;
  create(): Promise<TestDatabase>;
}

const sqlite: StoreImplementation = {
  name: 'SQLite',
  async create() {
    const dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-contract-'));
    return { open: async () => openSqliteStores(dir), dispose: () => rm(dir, { recursive: true, force: true }) };
  },
};

/** The same file through the store thread, as the bot opens it: every call crosses to a worker thread. */
const sqliteThread: StoreImplementation = {
  name: 'SQLite on its store thread',
  async create() {
    const dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-contract-thread-'));
    return {
      open: async () => {
        const opened = await SqliteStoreThread.open(dir, () => {});
        if ('failure' in opened) throw opened.failure;
        return opened.stores;
      },
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  },
};

/** The tests' PostgreSQL server (postgres-setup.ts), if one could be had. */
export const postgresServer = (): string | undefined => inject('postgresUrl') || undefined;

/** A database of its own on the tests' PostgreSQL server for each test (CREATE DATABASE), dropped after. */
const postgres = (server: string): StoreImplementation => ({
  name: 'PostgreSQL',
  async create() {
    const database = await freshDatabase(server);
    return { open: async () => openPostgresStores(database.url).stores, dispose: () => database.drop() };
  },
});

/**
 * Every implementation of the store interfaces: a new one is one more line here. PostgreSQL is
 * left out only where no server could be had and CI is unset (postgres-setup.ts says so).
 */
export const IMPLEMENTATIONS: readonly StoreImplementation[] = ((server) =>
  server ? [sqlite, sqliteThread, postgres(server)] : [sqlite, sqliteThread])(postgresServer());

/** A database of `implementation` for each test, opened once, closed and deleted after. */
export function eachDatabase(implementation: StoreImplementation): { stores(): StoreSet; database(): TestDatabase } {
  let database: TestDatabase | undefined;
  let stores: StoreSet | undefined;
  const hooks = { stores: () => stores ?? fail('no stores yet'), database: () => database ?? fail('no database yet') };
  beforeEach(async () => {
    database = await implementation.create();
    stores = await database.open();
  });
  afterEach(async () => {
    await stores?.close();
    await database?.dispose();
  });
  return hooks;
}

function fail(message: string): never {
  throw new Error(message);
}
