import { AuditTrail } from '../stores/audit-trail.ts';
import type { StoreLog } from '../stores/availability.ts';
import { settingsUnavailable, type SettingsService } from '../stores/settings.ts';
import { CachedSettings } from '../stores/settings-service.ts';
import { openStores, type OpenedStores } from '../stores/store-set.ts';
import { Insights } from './insights.ts';

/** What opening the services needs from the configuration. */
export interface ServicesConfig {
  readonly INSIGHTS: boolean;
  readonly INSIGHTS_RETENTION_DAYS: number;
  readonly DATA_DIR: string;
}

/** Insights, settings and the audit trail over one set of stores, and stopping them. */
export interface Services {
  readonly insights: Insights;
  readonly settings: SettingsService;
  readonly audit: AuditTrail;
  stop(): Promise<void>;
}

const DAY_MS = 86_400_000;

/**
 * Opens the stores under DATA_DIR when anything needs them: insights (INSIGHTS=on), or servers'
 * settings (`settings`: the Discord bot; the console has none). With INSIGHTS=off nothing about
 * questions, votes or reloads is recorded, and settings still work. Purges what is past the
 * retention period now and then daily. A database that cannot be opened leaves the bot answering,
 * with the reason logged once and shown by /insights and /settings.
 */
export async function openServices(config: ServicesConfig, log: StoreLog, { settings = true } = {}): Promise<Services> {
  const opened: OpenedStores =
    config.INSIGHTS || settings ? await openStores(config) : { failure: new Error('nothing needs the database') };
  const { stores, failure } = opened;
  const insights = config.INSIGHTS ? new Insights(true, stores, log, failure) : Insights.off(log);
  if (config.INSIGHTS && stores?.startOffThread) {
    // Writes, summaries and purges on a thread of their own; votes, settings and the audit trail,
    // one small write each, stay on this one.
    const stopped = (why: string) => log.warn({}, why);
    try {
      insights.useOffThread(await stores.startOffThread(stopped));
    } catch (error) {
      stopped(`the insights writer thread did not start (${String(error)}); the answering thread writes itself`);
    }
  }
  const purge = () => void insights.purgeExpired(config.INSIGHTS_RETENTION_DAYS);
  purge();
  const daily = config.INSIGHTS ? setInterval(purge, DAY_MS).unref() : undefined;
  return {
    insights,
    settings: settings
      ? new CachedSettings(stores?.settings, log, failure)
      : settingsUnavailable('the console keeps no settings'),
    audit: new AuditTrail(config.INSIGHTS ? stores?.audit : undefined, log, config.INSIGHTS ? failure : undefined),
    stop: async () => {
      clearInterval(daily);
      await insights.close();
      await stores?.close();
    },
  };
}
