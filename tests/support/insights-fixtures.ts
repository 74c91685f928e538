import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Insights, type InsightsLog } from '../../src/insights/insights.ts';
import { openInsights } from '../../src/insights/open-insights.ts';
import { SqliteInsightsStore } from '../../src/insights/sqlite-store.ts';

/** A log that keeps what it was told, to count warnings. */
export class KeptLog implements InsightsLog {
  readonly lines: { level: 'warn' | 'info'; message: string; fields: object }[] = [];
  warn(fields: object, message: string): void { this.lines.push({ level: 'warn', message, fields }); }
  info(fields: object, message: string): void { this.lines.push({ level: 'info', message, fields }); }
}

/**
 * A real SQLite insights database in a temporary folder. `asTheBotOpensIt`: through openInsights,
 * with the writer thread; otherwise everything on this thread, for tests that handle the file.
 */
export async function tempInsights(asTheBotOpensIt = false): Promise<{ dir: string; insights: Insights; log: KeptLog; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-insights-'));
  const log = new KeptLog();
  const { insights, stop } = asTheBotOpensIt
    ? await openInsights({ INSIGHTS: true, INSIGHTS_RETENTION_DAYS: 90, DATA_DIR: dir }, log)
    : { insights: new Insights(true, SqliteInsightsStore.open(dir), log), stop: () => Promise.resolve() };
  return { dir, insights, log, dispose: async () => { await stop(); await insights.close(); await rm(dir, { recursive: true, force: true }); } };
}
