// Real hosts, not stand-ins, so that what the hosts in the sync tests agree on is what the bot's would.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KnowledgeStore } from '../../src/reload/knowledge-store.ts';
import { KnowledgeSync } from '../../src/reload/knowledge-sync.ts';
import { LastGood } from '../../src/reload/last-good.ts';
import { Reloader } from '../../src/reload/reloader.ts';
import { loadAtStart } from '../../src/reload/start-knowledge.ts';
import { PostgresSharedKnowledge } from '../../src/stores/postgres/knowledge-versions.ts';
import { afterEach, beforeEach } from 'vitest';
import { KeptLog } from './insights-fixtures.ts';
import { copyKnowledge, type KnowledgeCopy } from './knowledge-copy.ts';
import { freshDatabase, type FreshDatabase } from './postgres-database.ts';
import { EXTRA_ENTRY } from './reload-fixtures.ts';

/** The file the tests add an entry to (EXTRA_ENTRY, id "added-by-admin"). */
export const CONCLUSION = 'arguments/08-conclusion.yaml';

export interface Host {
  readonly kb: KnowledgeCopy;
  readonly store: KnowledgeStore;
  readonly reloader: Reloader;
  readonly sync: KnowledgeSync;
  readonly log: KeptLog;
  readonly has: (id: string) => boolean;
}

/**
 * A host as the bot starts one: its files loaded (kept as its last good copy), then synced. How to
 * stop it goes on `cleanups`, for the test file's afterEach to run.
 */
export async function startHost(
  cleanups: (() => Promise<void>)[],
  name: string,
  withExtra: boolean,
  url: string,
  startWaitMs: number,
): Promise<Host> {
  const kb = await copyKnowledge();
  if (withExtra) await kb.write(CONCLUSION, (await kb.read(CONCLUSION)) + EXTRA_ENTRY);
  const data = await mkdtemp(path.join(tmpdir(), 'counterpoint-sync-'));
  const lastGood = new LastGood(data);
  const loaded = await loadAtStart(kb.dir, { lastGood });
  if (!loaded.ok) throw new Error(loaded.message);
  const store = new KnowledgeStore(loaded.loaded);
  const reloader = new Reloader(store, kb.dir, { lastGood });
  const log = new KeptLog();
  const shared = new PostgresSharedKnowledge(url, (message) => log.warn({}, message));
  const sync = new KnowledgeSync(shared, reloader, lastGood, name, log, startWaitMs);
  cleanups.push(async () => {
    await sync.stop();
    await kb.dispose();
    await rm(data, { recursive: true, force: true });
  });
  await sync.start();
  const has = (id: string) => store.current.knowledge.entries.some((e) => e.id === id);
  return { kb, store, reloader, sync, log, has };
}

/**
 * Registers a describe block's hooks: a fresh database on `server` before each test; after it,
 * what the test left to clean up (its hosts first), in reverse order, then the database dropped.
 * Call it inside the block; hooks stay the test file's own (vitest runs with isolate: false).
 */
export function hostsPerTest(server: string) {
  let database: FreshDatabase | undefined;
  let cleanups: (() => Promise<void>)[] = [];
  beforeEach(async () => {
    database = await freshDatabase(server);
  });
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups = [];
    await database?.drop();
  });
  /** The test's database, as a connection string. */
  const url = (): string => {
    if (!database) throw new Error('hostsPerTest: read inside a test, once the database exists');
    return database.url;
  };
  return {
    url,
    /** Something to stop after the test, before the hosts started earlier. */
    onCleanup: (cleanup: () => Promise<void>) => void cleanups.push(cleanup),
    /** A host on the test's database (or on `at`, for a server out of reach or behind a gate). */
    host: (name: string, withExtra = false, at = url(), startWaitMs = 10_000) =>
      startHost(cleanups, name, withExtra, at, startWaitMs),
  };
}
