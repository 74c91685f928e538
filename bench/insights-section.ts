// The insights section of bench/RESULTS.md, from the figures bench/insights.ts measures.
import { FLUSH_AT } from '../src/insights/question-queue.ts';
import type { InsightsFigures } from './insights.ts';
import { showSpread } from './measure.ts';

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
