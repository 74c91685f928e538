import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Insights } from '../../src/insights/insights.ts';
import type { InsightsLog, QuestionEvent } from '../../src/insights/types.ts';
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

/** The server the insights tests record questions from. */
export const GUILD = '1300000000000000001';

/** A recorded question at `at`, not answered unless `verdict` says so. */
export const question = (at: number, text: string, verdict = 'not-answered', guildId: string | null = GUILD): QuestionEvent => ({
  at, guildId, via: 'ask', question: text, verdict, entryId: verdict === 'clear' ? 'karabakh-not-a-colony' : undefined, candidates: [['karabakh-not-a-colony', 0.4]], latencyMs: 0.3,
});
