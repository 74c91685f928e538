import { Insights } from './insights.ts';
import type { InsightsLog } from './types.ts';

/** What opening the insights needs from the configuration. */
export interface InsightsConfig {
  readonly INSIGHTS: boolean;
  readonly INSIGHTS_RETENTION_DAYS: number;
  readonly DATA_DIR: string;
}

const DAY_MS = 86_400_000;

/**
 * Opens the insights database under DATA_DIR (INSIGHTS=off: nothing opened), purges what is past
 * the retention period now and then daily. A database that cannot be opened leaves the bot
 * answering, with the reason logged once and shown by /insights.
 */
export async function openInsights(config: InsightsConfig, log: InsightsLog): Promise<{ insights: Insights; stop: () => Promise<void> }> {
  if (!config.INSIGHTS) return { insights: Insights.off(log), stop: async () => {} };
  let insights: Insights;
  try {
    // Loaded only when used: the native module is not needed with INSIGHTS=off.
    const { SqliteInsightsStore } = await import('./sqlite-store.ts');
    const opened = new Insights(true, SqliteInsightsStore.open(config.DATA_DIR), log);
    // Writes, summaries and purges on a thread of their own; votes, settings and the audit trail,
    // one small write each, stay on this one.
    const { InsightsWriter } = await import('./insights-writer.ts');
    opened.useOffThread((report) => new InsightsWriter(config.DATA_DIR, report, (why) => log.warn({}, why)));
    insights = opened;
  } catch (error) {
    insights = new Insights(true, undefined, log, error);
  }
  const purge = () => void insights.purgeExpired(config.INSIGHTS_RETENTION_DAYS);
  purge();
  const daily = setInterval(purge, DAY_MS).unref();
  return { insights, stop: async () => { clearInterval(daily); await insights.close(); } };
}
