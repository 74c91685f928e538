// One knowledge version across hosts: how long a /reload on one host takes to reach another that
// shares its PostgreSQL database, beside the local reload it starts with (the fair baseline: the
// other host does the same load, after a NOTIFY and a read of the files from the database). Two
// hosts in one process, each with its own files, last good copy and reloader, as the bot has them.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { KnowledgeStore } from '../src/reload/knowledge-store.ts';
import { KnowledgeSync } from '../src/reload/knowledge-sync.ts';
import { LastGood } from '../src/reload/last-good.ts';
import { Reloader } from '../src/reload/reloader.ts';
import { loadAtStart } from '../src/reload/start-knowledge.ts';
import { PostgresSharedKnowledge } from '../src/stores/postgres/knowledge-versions.ts';
import { copyKnowledge } from '../tests/support/knowledge-copy.ts';
import { findPostgresBinaries, startThrowAwayCluster } from '../tests/support/postgres-cluster.ts';
import { freshDatabase } from '../tests/support/postgres-database.ts';
import { EXTRA_ENTRY } from '../tests/support/reload-fixtures.ts';
import { showSpread, spreadOf, type Spread } from './measure.ts';

/** The figures, or why there are none. */
export type SyncFigures = { readonly localMs: Spread; readonly otherHostMs: Spread } | { readonly skipped: string };

const CONCLUSION = 'arguments/08-conclusion.yaml';
const quiet = { info: () => {}, warn: () => {} };

async function host(url: string, name: string, cleanups: (() => Promise<void>)[]) {
  const kb = await copyKnowledge();
  const data = await mkdtemp(path.join(os.tmpdir(), `counterpoint-bench-${name}-`));
  const lastGood = new LastGood(data);
  const loaded = await loadAtStart(kb.dir, { lastGood });
  if (!loaded.ok) throw new Error(loaded.message);
  const reloader = new Reloader(new KnowledgeStore(loaded.loaded), kb.dir, { lastGood });
  const sync = new KnowledgeSync(new PostgresSharedKnowledge(url, () => {}), reloader, lastGood, name, quiet);
  cleanups.push(async () => {
    await sync.stop();
    await kb.dispose();
    await rm(data, { recursive: true, force: true });
  });
  await sync.start();
  return { kb, reloader, sync };
}

/** Three reloads on host A (a new entry each), each timed locally and until host B serves it. */
export async function syncFigures(): Promise<SyncFigures> {
  const given = process.env.TEST_DATABASE_URL;
  const binaries = given ? undefined : findPostgresBinaries();
  if (!given && !binaries) return { skipped: 'no PostgreSQL could be started' };
  const cluster = binaries ? await startThrowAwayCluster(binaries) : undefined;
  const database = await freshDatabase(given ?? cluster?.url ?? '');
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const a = await host(database.url, 'host-a', cleanups);
    const b = await host(database.url, 'host-b', cleanups);
    const local: number[] = [];
    const other: number[] = [];
    for (let round = 1; round <= 3; round++) {
      const entry = EXTRA_ENTRY.replaceAll('added-by-admin', `added-by-admin-${round}`)
        .replaceAll('new question', `new question ${round}`)
        .replace('Is this an entry an admin added?', `Is this entry ${round} an admin added?`);
      await a.kb.write(CONCLUSION, (await a.kb.read(CONCLUSION)) + entry);
      // The local reload alone first (not shared), then the same files through the sync, timed until
      // host B serves them: the difference is what sharing adds.
      const start = performance.now();
      const report = await a.reloader.reload({ via: 'console' });
      local.push(performance.now() - start);
      if (!report.ok) throw new Error(`bench reload failed: ${report.reason}`);
      const published = performance.now();
      const shared = await a.sync.reload({ via: 'console' });
      const outcome = shared.published;
      if (!outcome || !('version' in outcome)) throw new Error(`not published: ${JSON.stringify(outcome)}`);
      while (b.sync.serving !== outcome.version) await new Promise((resolve) => setTimeout(resolve, 2));
      other.push(performance.now() - published);
    }
    return { localMs: spreadOf(local), otherHostMs: spreadOf(other) };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    await database.drop().catch(() => {});
    await cluster?.stop();
  }
}

/** The section of RESULTS.md. */
export function syncSection(f: SyncFigures): string[] {
  const head = ['## One knowledge version across hosts', ''];
  if ('skipped' in f) return [...head, `Skipped: ${f.skipped}.`];
  return [
    ...head,
    'Two hosts sharing one PostgreSQL database (a local throw-away cluster), each with its own files; three ' +
      'reloads on host A, each adding an entry. Local: the reload on host A alone (read, check, index, swap). ' +
      'Shared: the same reload on host A through the sync, until host B serves it (publish with NOTIFY, the ' +
      'files read from the database, the same load and swap on host B).',
    '',
    '| measure, median (min–max of 3) | ms |',
    '|---|---:|',
    `| reload on host A | ${showSpread(f.localMs, 0)} |`,
    `| reload on host A until host B serves it | ${showSpread(f.otherHostMs, 0)} |`,
  ];
}

/** One line for the console. */
export function syncLine(f: SyncFigures): string {
  if ('skipped' in f) return `knowledge sync: skipped (${f.skipped})`;
  const local = f.localMs.median.toFixed(0);
  const other = f.otherHostMs.median.toFixed(0);
  return `knowledge sync: reload on host A ${local} ms; until host B serves it ${other} ms`;
}
