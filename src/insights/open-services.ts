import path from 'node:path';
import { AuditTrail } from '../stores/audit-trail.ts';
import type { StoreLog } from '../stores/availability.ts';
import { loadPrivacyKey, PRIVACY_KEY_FILE, type PrivacyKey } from '../stores/privacy-key.ts';
import { settingsUnavailable, type SettingsService } from '../stores/settings.ts';
import { CachedSettings } from '../stores/settings-service.ts';
import { storeFailure } from '../stores/store-errors.ts';
import { openStores, type OpenedStores } from '../stores/store-set.ts';
import { WriteQueue } from '../stores/write-queue.ts';
import { Forgetting } from './forgetting.ts';
import { Insights } from './insights.ts';

/** What opening the services needs from the configuration. */
export interface ServicesConfig {
  readonly INSIGHTS: boolean;
  readonly INSIGHTS_RETENTION_DAYS: number;
  readonly DATA_DIR: string;
  readonly PRIVACY_KEY?: string | undefined;
  /** A PostgreSQL server shared by several hosts, instead of DATA_DIR's SQLite file. */
  readonly DATABASE_URL?: string | undefined;
}

/** Insights, settings, the audit trail and deleting on request, over one set of stores, and stopping them. */
export interface Services {
  readonly insights: Insights;
  readonly settings: SettingsService;
  readonly audit: AuditTrail;
  readonly forgetting: Forgetting;
  /** Every write, in order: what is waiting, delayed or lost. */
  readonly writes: WriteQueue;
  /**
   * Writes what is waiting, at most `deadlineMs` (what is left is logged and counted), then closes
   * the database; resolves with the number of writes lost at the end.
   */
  stop(deadlineMs?: number): Promise<number>;
}

const DAY_MS = 86_400_000;
/** How long stopping waits for the writes still queued (a locked database): under a supervisor's 10 s. */
const STOP_DEADLINE_MS = 5_000;

/**
 * Said at start when hosts share a database but each keys its hashes of people with its own key
 * file: the same person would be two people, and /privacy forget-me on one host would miss what the
 * others recorded. It names the key file this host uses, as resolved.
 */
export const sharedKeyWarning = (dataDir: string): string =>
  'DATABASE_URL is set but PRIVACY_KEY is not: every host sharing this database must have the same ' +
  'PRIVACY_KEY, or each hashes people differently (forget-me would miss what other hosts recorded); ' +
  `this host uses ${path.resolve(dataDir, PRIVACY_KEY_FILE)}`;

/**
 * Opens the stores (DATABASE_URL's PostgreSQL, else DATA_DIR's SQLite file on its own thread) when
 * anything needs them: insights (INSIGHTS=on), or servers' settings (`settings`: the Discord bot;
 * the console has none). With
 * INSIGHTS=off nothing about questions, votes or reloads is recorded, and settings still work.
 * Purges what is past the retention period now and then daily. A database that cannot be opened
 * leaves the bot answering, with the reason logged once and shown by /insights and /settings; a
 * PostgreSQL server not reachable yet leaves the stores open, their writes queued and retried.
 */
export async function openServices(config: ServicesConfig, log: StoreLog, { settings = true } = {}): Promise<Services> {
  const thread = { warn: (message: string) => log.warn({}, message) };
  const opened: OpenedStores =
    config.INSIGHTS || settings
      ? await openStores(config, { thread })
      : { failure: new Error('nothing needs the database') };
  const { stores } = opened;
  let failure = opened.failure;
  let key: PrivacyKey | undefined;
  try {
    // Only beside a database that opened: without one, there is nothing to hash people for.
    if (stores) key = loadPrivacyKey(config.DATA_DIR, config.PRIVACY_KEY);
    if (stores && config.DATABASE_URL && !config.PRIVACY_KEY) log.warn({}, sharedKeyWarning(config.DATA_DIR));
  } catch (error) {
    failure ??= error;
    log.warn({ reason: storeFailure(error) }, 'the privacy key could not be read or made: nothing is recorded');
  }
  const writes = new WriteQueue(log);
  const insights = config.INSIGHTS
    ? new Insights(true, stores, log, { queue: writes, key }, failure)
    : Insights.off(log);
  const cached = settings ? new CachedSettings(stores?.settings, writes, log, opened.failure) : undefined;
  const reason = failure === undefined ? undefined : storeFailure(failure);
  const forgetting = new Forgetting(stores, writes, key, reason, (guildId) => cached?.dropCached(guildId));
  const purge = () => void insights.purgeExpired(config.INSIGHTS_RETENTION_DAYS);
  purge();
  const daily = config.INSIGHTS ? setInterval(purge, DAY_MS).unref() : undefined;
  return {
    insights,
    settings: cached ?? settingsUnavailable('the console keeps no settings'),
    audit: new AuditTrail(
      config.INSIGHTS ? stores?.audit : undefined,
      writes,
      log,
      config.INSIGHTS ? failure : undefined,
    ),
    forgetting,
    writes,
    stop: async (deadlineMs = STOP_DEADLINE_MS) => {
      clearInterval(daily);
      void insights.flush();
      const lost = await writes.close(deadlineMs);
      await stores?.close();
      return lost;
    },
  };
}
