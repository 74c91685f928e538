import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Insights } from '../src/insights/insights.ts';
import { openServices } from '../src/insights/open-services.ts';
import { loadPrivacyKey } from '../src/stores/privacy-key.ts';
import { WriteQueue } from '../src/stores/write-queue.ts';
import { FLUSH_AT } from '../src/insights/question-queue.ts';
import type { QuestionEvent } from '../src/stores/records.ts';
import { DATABASE_FILE } from '../src/stores/sqlite/database.ts';
import { openSqliteStores } from '../src/stores/sqlite/sqlite-stores.ts';
import { showSpread, spreadOf, type Spread } from './measure.ts';

/** What recording and /insights cost, beside the naive way of doing each. */
export interface InsightsFigures {
  /** µs per question recorded in the recorder's batches (FLUSH_AT questions: at 1,000 questions/s, one every 50 ms). */
  readonly batchedUs: Spread;
  /** µs per question written one INSERT at a time, each its own transaction: the naive way. */
  readonly singleUs: Spread;
  /** The longest batch write: how long one flush holds the thread that writes it (ms). */
  readonly longestFlushMs: Spread;
  /**
   * The answering thread's longest stall while recording 5,000 questions, writing itself and through the writer
   * thread (ms).
   */
  readonly recordStallMs: { readonly onThread: Spread; readonly offThread: Spread; readonly idle: Spread };
  /**
   * The answering thread's longest stall while /insights (30 days, all servers) is computed on the writer
   * thread (ms).
   */
  readonly summaryStallMs: Spread;
  readonly rows: number;
  /** /insights for 30 days, one server and all servers, from the daily tables (ms). */
  readonly summaryGuildMs: Spread;
  readonly summaryAllMs: Spread;
  /** The same figures computed from the questions table directly (ms): what the daily tables buy. */
  readonly scanAllMs: Spread;
}

const DAY = 86_400_000;
const VERDICTS = ['clear', 'clear', 'close', 'not-answered', 'out-of-scope'];
/**
 * The workload's distinct texts: a fixed number, so that it stays the same as the evaluation
 * sets grow. It once cycled through all of them with verdicts by position, and each new eval
 * text changed how many distinct unanswered questions there were (616 with 420 texts, over
 * 3,000 with 462), and with them the /insights figures (12.9 → 153 → 194 ms), the code unchanged.
 */
const TEXTS = 420;

/**
 * Questions `start` to `start + count` of `total`, spread evenly over 90 days and 20 servers, from
 * the first TEXTS of `texts`, 40% not answered. A text always gets the same verdict, as from the
 * matcher, which is deterministic.
 */
export function events(
  count: number,
  texts: readonly string[],
  ids: readonly string[],
  now: number,
  start = 0,
  total = count,
): QuestionEvent[] {
  const pool = Math.min(TEXTS, texts.length);
  return Array.from({ length: count }, (_, k) => {
    const i = start + k;
    const t = i % pool;
    const verdict = VERDICTS[t % VERDICTS.length] ?? 'clear';
    const entry = ids[(i * 7) % ids.length] ?? 'e';
    return {
      at: now - Math.floor((i / total) * 90 * DAY),
      guildId: `13000000000000000${String(i % 20).padStart(2, '0')}`,
      via: 'ask',
      question: `${texts[t] ?? ''}${i % 3 === 0 ? '' : ` ${i % 50}`}`,
      verdict,
      entryId: verdict.startsWith('c') ? entry : undefined,
      candidates: [[entry, 0.8]],
      latencyMs: 0.2,
    };
  });
}

const quiet = { warn: () => {}, info: () => {} };

/** Insights opened as the bot opens them (on the store thread), in `dir`, keeping everything. */
const openAsTheBot = (dir: string) =>
  openServices({ INSIGHTS: true, INSIGHTS_RETENTION_DAYS: 3650, DATA_DIR: dir }, quiet, { settings: false });

/** The answering thread's longest event-loop stall (ms) while `work` runs. */
async function stallDuring(work: () => Promise<unknown>): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  await work();
  delay.disable();
  return delay.max / 1e6;
}

/**
 * Records `sample` as the bot does, 50 questions at a time with a pause between (1,000 questions/s,
 * in bursts); without insights, only the pauses: what the event loop's timing alone gives.
 */
async function recordAsTheBot(insights: Insights | undefined, sample: readonly QuestionEvent[]): Promise<void> {
  for (let i = 0; i < sample.length; i++) {
    insights?.record(sample[i] as QuestionEvent);
    if (i % FLUSH_AT === FLUSH_AT - 1) await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await insights?.flush(); // every batch written
}

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Runs the insights benchmark in a temporary folder; `rows` recorded questions for the query figures. */
export async function insightsFigures(
  texts: readonly string[],
  ids: readonly string[],
  rows = 1_000_000,
): Promise<InsightsFigures> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'counterpoint-bench-insights-'));
  try {
    const now = Date.now();
    const batched: number[] = [];
    const single: number[] = [];
    const longest: number[] = [];
    const stalls = { onThread: [] as number[], offThread: [] as number[], idle: [] as number[] };
    for (let round = 0; round < 3; round++) {
      // SQLite's store does its work before its promise is returned: timed as it runs.
      const { questions, close } = openSqliteStores(path.join(root, `write-${round}`));
      const sample = events(5_000, texts, ids, now);
      const flushes: number[] = [];
      for (let i = 0; i < sample.length; i += FLUSH_AT) {
        flushes.push(timed(() => void questions.record(sample.slice(i, i + FLUSH_AT))));
      }
      batched.push((flushes.reduce((a, b) => a + b, 0) / sample.length) * 1000);
      longest.push(Math.max(...flushes));
      const naive = events(1_000, texts, ids, now);
      single.push(
        (timed(() => {
          for (const e of naive) void questions.record([e]);
        }) /
          naive.length) *
          1000,
      );
      await close();
      const onThreadStores = openSqliteStores(path.join(root, `on-${round}`));
      const onThreadQueue = new WriteQueue(quiet);
      const key = loadPrivacyKey(path.join(root, `on-${round}`));
      const onThread = new Insights(true, onThreadStores, quiet, { queue: onThreadQueue, key });
      stalls.onThread.push(await stallDuring(() => recordAsTheBot(onThread, sample)));
      await onThread.flush();
      await onThreadQueue.close(5_000);
      await onThreadStores.close();
      const { insights: offThread, stop } = await openAsTheBot(path.join(root, `off-${round}`));
      await offThread.summary(1); // its thread started, as by the time the bot is ready
      stalls.offThread.push(await stallDuring(() => recordAsTheBot(offThread, sample)));
      await stop();
      stalls.idle.push(await stallDuring(() => recordAsTheBot(undefined, sample)));
    }
    const big = openSqliteStores(path.join(root, 'big'));
    for (let i = 0; i < rows; i += 20_000) {
      await big.questions.record(events(Math.min(20_000, rows - i), texts, ids, now, i, rows));
    }
    const guild = '1300000000000000003';
    const run = (fn: () => void) => spreadOf([0, 1, 2].map(() => timed(fn)));
    const summaryGuildMs = run(() => void big.questions.summary({ days: 30, guildId: guild, now }));
    const summaryAllMs = run(() => void big.questions.summary({ days: 30, now }));
    await big.close();
    const { insights: bigAsTheBot, stop } = await openAsTheBot(path.join(root, 'big'));
    const summaryStalls: number[] = [];
    for (let i = 0; i < 3; i++) summaryStalls.push(await stallDuring(() => bigAsTheBot.summary(30)));
    await stop();
    const db = new Database(path.join(root, 'big', DATABASE_FILE), { readonly: true });
    const from = now - 30 * DAY;
    const scanAllMs = run(() => {
      db.prepare(
        "SELECT at / 86400000 AS day, COUNT(*), SUM(verdict IN ('clear', 'close', 'picked')) FROM questions " +
          'WHERE at >= ? GROUP BY day',
      ).all(from);
      db.prepare(
        "SELECT normalized, COUNT(*) AS n FROM questions WHERE at >= ? AND verdict NOT IN ('clear', 'close', " +
          "'picked') GROUP BY normalized ORDER BY n DESC LIMIT 5",
      ).all(from);
      db.prepare(
        'SELECT entry_id, COUNT(*) AS n FROM questions WHERE at >= ? AND entry_id IS NOT NULL GROUP BY ' +
          'entry_id ORDER BY n DESC LIMIT 5',
      ).all(from);
    });
    db.close();
    return {
      batchedUs: spreadOf(batched),
      singleUs: spreadOf(single),
      longestFlushMs: spreadOf(longest),
      recordStallMs: {
        onThread: spreadOf(stalls.onThread),
        offThread: spreadOf(stalls.offThread),
        idle: spreadOf(stalls.idle),
      },
      summaryStallMs: spreadOf(summaryStalls),
      rows,
      summaryGuildMs,
      summaryAllMs,
      scanAllMs,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The insights section of RESULTS.md. */
export function insightsSection(f: InsightsFigures): string[] {
  const rows = f.rows.toLocaleString('en-US');
  return [
    '## Insights (SQLite)',
    '',
    `Recording: 5,000 questions written in the recorder's batches of ${FLUSH_AT} (at 1,000 questions/s, one ` +
      `batch every ${FLUSH_AT} ms), against 1,000 written one transaction each. ` +
      `Queries: /insights for 30 days on a database of ${rows} recorded questions (90 days, 20 servers), from ` +
      `the daily tables, against the same figures computed from the questions table.`,
    '',
    '| measure | median (min–max of 3) |',
    '|---|---:|',
    `| recording, batched: µs per question | ${showSpread(f.batchedUs, 1)} |`,
    `| recording, one transaction per question: µs per question | ${showSpread(f.singleUs, 1)} |`,
    `| longest batch write (ms, on the thread that writes) | ${showSpread(f.longestFlushMs, 2)} |`,
    `| answering thread's longest stall recording 5,000 questions, writing them itself (ms) ` +
      `| ${showSpread(f.recordStallMs.onThread, 1)} |`,
    `| the same, written on the insights writer thread (as the bot does) (ms) ` +
      `| ${showSpread(f.recordStallMs.offThread, 1)} |`,
    `| the same pauses with nothing recorded: the timing floor (ms) | ${showSpread(f.recordStallMs.idle, 1)} |`,
    `| /insights 30 days, one server (ms) | ${showSpread(f.summaryGuildMs, 2)} |`,
    `| /insights 30 days, all servers (ms) | ${showSpread(f.summaryAllMs, 2)} |`,
    `| the same from the questions table, all servers (ms) | ${showSpread(f.scanAllMs, 1)} |`,
    `| answering thread's longest stall while /insights (all servers) runs on the writer thread (ms) ` +
      `| ${showSpread(f.summaryStallMs, 1)} |`,
  ];
}
