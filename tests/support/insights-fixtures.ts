import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Insights, type InsightsLog } from '../../src/insights/insights.ts';
import { SqliteInsightsStore } from '../../src/insights/sqlite-store.ts';

/** A log that keeps what it was told, to count warnings. */
export class KeptLog implements InsightsLog {
  readonly lines: { level: 'warn' | 'info'; message: string; fields: object }[] = [];
  warn(fields: object, message: string): void { this.lines.push({ level: 'warn', message, fields }); }
  info(fields: object, message: string): void { this.lines.push({ level: 'info', message, fields }); }
}

/** A real SQLite insights database in a temporary folder. */
export async function tempInsights(): Promise<{ dir: string; insights: Insights; log: KeptLog; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-insights-'));
  const log = new KeptLog();
  const insights = new Insights(true, SqliteInsightsStore.open(dir), log);
  return { dir, insights, log, dispose: async () => { insights.close(); await rm(dir, { recursive: true, force: true }); } };
}
