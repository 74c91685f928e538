import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Insights } from '../src/insights/insights.ts';
import { loadPrivacyKey } from '../src/stores/privacy-key.ts';
import { WriteQueue } from '../src/stores/write-queue.ts';
import { FLUSH_AT } from '../src/insights/question-queue.ts';
import { DATABASE_FILE } from '../src/stores/sqlite/database.ts';
import { openSqliteStores } from '../src/stores/sqlite/sqlite-stores.ts';
import { openAsTheBot, quiet, recordAsTheBot, stallDuring, timed } from './insights-recording.ts';
import { DAY, events } from './insights-workload.ts';
import { spreadOf, type Spread } from './measure.ts';

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
