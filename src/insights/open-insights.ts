import { Insights, type InsightsLog } from './insights.ts';

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
export async function openInsights(config: InsightsConfig, log: InsightsLog): Promise<{ insights: Insights; stop: () => void }> {
  if (!config.INSIGHTS) return { insights: Insights.off(log), stop: () => {} };
  let insights: Insights;
  try {
    // Loaded only when used: the native module is not needed with INSIGHTS=off.
    const { SqliteInsightsStore } = await import('./sqlite-store.ts');
    insights = new Insights(true, SqliteInsightsStore.open(config.DATA_DIR), log);
  } catch (error) {
    insights = new Insights(true, undefined, log, error);
  }
  const purge = () => insights.purgeExpired(config.INSIGHTS_RETENTION_DAYS);
  purge();
  const daily = setInterval(purge, DAY_MS).unref();
  return { insights, stop: () => { clearInterval(daily); insights.close(); } };
}
