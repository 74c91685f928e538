// The insights stores side by side, SQLite and PostgreSQL, in one run: questions written per
// second and /insights (the 30-day summary) latency, each opened as the bot opens it (openStores:
// SQLite on its store thread, PostgreSQL on its pool). PostgreSQL is TEST_DATABASE_URL's server or
// a throw-away cluster (fsync off, like the tests'); with neither, its column says why not.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FLUSH_AT } from '../src/insights/question-queue.ts';
import { openStores, type StoreConfig } from '../src/stores/store-set.ts';
import { findPostgresBinaries, startThrowAwayCluster } from '../tests/support/postgres-cluster.ts';
import { freshDatabase } from '../tests/support/postgres-database.ts';
import { events } from './insights-workload.ts';
import { showSpread, spreadOf, type Spread } from './measure.ts';

/** One store's figures. */
export interface StoreFigures {
  /** Questions recorded per second, in the recorder's batches, one batch after another. */
  readonly writesPerSecond: Spread;
  /** /insights for 30 days, all servers, on `rows` recorded questions (ms). */
  readonly summaryMs: Spread;
}

/** Both stores' figures; PostgreSQL's, or why there are none. */
export interface StoreComparison {
  readonly rows: number;
  readonly sqlite: StoreFigures;
  readonly postgres: StoreFigures | { readonly skipped: string };
}

const WRITTEN = 5_000;
const quiet = { warn: () => {} };

/** Writes, then queries, on fresh databases that `config(name)` opens. */
async function measure(config: (name: string) => Promise<StoreConfig>, workload: Workload): Promise<StoreFigures> {
  const perSecond: number[] = [];
  for (let round = 0; round < 3; round++) {
    const opened = await openStores(await config(`write-${round}`), { thread: quiet });
    if (!opened.stores) throw opened.failure;
    const sample = workload(WRITTEN, 0, WRITTEN);
    const start = performance.now();
    for (let i = 0; i < sample.length; i += FLUSH_AT)
      await opened.stores.questions.record(sample.slice(i, i + FLUSH_AT));
    perSecond.push(WRITTEN / ((performance.now() - start) / 1000));
    await opened.stores.close();
  }
  const big = await openStores(await config('big'), { thread: quiet });
  if (!big.stores) throw big.failure;
  const rows = workload.rows;
  for (let i = 0; i < rows; i += 20_000)
    await big.stores.questions.record(workload(Math.min(20_000, rows - i), i, rows));
  const now = workload.now;
  await big.stores.questions.summary({ days: 30, now }); // warm, as a running bot's would be
  const summaryMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await big.stores.questions.summary({ days: 30, now });
    summaryMs.push(performance.now() - start);
  }
  await big.stores.close();
  return { writesPerSecond: spreadOf(perSecond), summaryMs: spreadOf(summaryMs) };
}

type Workload = ((count: number, start: number, total: number) => ReturnType<typeof events>) & {
  readonly rows: number;
  readonly now: number;
};

/** Measures SQLite, then PostgreSQL when a server can be had, on `rows` questions for /insights. */
export async function storeComparison(
  texts: readonly string[],
  ids: readonly string[],
  rows = 200_000,
): Promise<StoreComparison> {
  const now = Date.now();
  const workload = Object.assign(
    (count: number, start: number, total: number) => events(count, texts, ids, now, start, total),
    { rows, now },
  );
  const root = await mkdtemp(path.join(os.tmpdir(), 'counterpoint-bench-stores-'));
  try {
    const sqlite = await measure(async (name) => ({ DATA_DIR: path.join(root, name) }), workload);
    const given = process.env.TEST_DATABASE_URL;
    const binaries = given ? undefined : findPostgresBinaries();
    if (!given && !binaries) return { rows, sqlite, postgres: { skipped: 'no PostgreSQL could be started' } };
    const cluster = binaries ? await startThrowAwayCluster(binaries) : undefined;
    const server = given ?? cluster?.url ?? '';
    const made: (() => Promise<void>)[] = [];
    try {
      const postgres = await measure(async (name) => {
        const database = await freshDatabase(server);
        made.push(() => database.drop());
        return { DATA_DIR: path.join(root, `pg-${name}`), DATABASE_URL: database.url };
      }, workload);
      return { rows, sqlite, postgres };
    } finally {
      for (const drop of made) await drop().catch(() => {});
      await cluster?.stop();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The stores section of RESULTS.md. */
export function storesSection(c: StoreComparison): string[] {
  const pg = 'skipped' in c.postgres ? undefined : c.postgres;
  const cell = (pick: (f: StoreFigures) => Spread, digits: number) =>
    pg ? showSpread(pick(pg), digits) : `— (${'skipped' in c.postgres ? c.postgres.skipped : ''})`;
  return [
    '## Insights stores: SQLite against PostgreSQL',
    '',
    `Each opened as the bot opens it (SQLite on its store thread, PostgreSQL on its pool, a local throw-away ` +
      `cluster with fsync off), one run. Writes: ${WRITTEN.toLocaleString('en-US')} questions in batches of ` +
      `${FLUSH_AT}, one after another. /insights: 30 days, all servers, on ${c.rows.toLocaleString('en-US')} ` +
      'recorded questions (90 days, 20 servers).',
    '',
    '| measure, median (min–max of 3) | SQLite | PostgreSQL |',
    '|---|---:|---:|',
    `| questions written per second | ${showSpread(c.sqlite.writesPerSecond, 0)} ` +
      `| ${cell((f) => f.writesPerSecond, 0)} |`,
    `| /insights 30 days, all servers (ms) | ${showSpread(c.sqlite.summaryMs, 2)} | ${cell((f) => f.summaryMs, 2)} |`,
  ];
}

/** One line for the console. */
export function storesLine(c: StoreComparison): string {
  const of = (f: StoreFigures) =>
    `${f.writesPerSecond.median.toFixed(0)} writes/s, /insights ${f.summaryMs.median.toFixed(1)} ms`;
  const pg = 'skipped' in c.postgres ? `skipped (${c.postgres.skipped})` : of(c.postgres);
  return `insights stores: SQLite ${of(c.sqlite)}; PostgreSQL ${pg}`;
}
