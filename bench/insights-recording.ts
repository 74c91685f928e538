// Recording as the bot does, for the insights bench, and what is measured of it: how long a call
// takes, and how long the answering thread stalls meanwhile.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Insights } from '../src/insights/insights.ts';
import { openServices } from '../src/insights/open-services.ts';
import { FLUSH_AT } from '../src/insights/question-queue.ts';
import type { QuestionEvent } from '../src/stores/records.ts';

/** A log that keeps nothing: the bench prints its own figures. */
export const quiet = { warn: () => {}, info: () => {} };

/** Insights opened as the bot opens them (on the store thread), in `dir`, keeping everything. */
export const openAsTheBot = (dir: string) =>
  openServices({ INSIGHTS: true, INSIGHTS_RETENTION_DAYS: 3650, DATA_DIR: dir }, quiet, { settings: false });

/** The answering thread's longest event-loop stall (ms) while `work` runs. */
export async function stallDuring(work: () => Promise<unknown>): Promise<number> {
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
export async function recordAsTheBot(insights: Insights | undefined, sample: readonly QuestionEvent[]): Promise<void> {
  for (let i = 0; i < sample.length; i++) {
    insights?.record(sample[i] as QuestionEvent);
    if (i % FLUSH_AT === FLUSH_AT - 1) await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await insights?.flush(); // every batch written
}

/** How long `fn` takes (ms). */
export function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
