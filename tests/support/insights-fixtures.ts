import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Forgetting } from '../../src/insights/forgetting.ts';
import { Insights } from '../../src/insights/insights.ts';
import { openServices } from '../../src/insights/open-services.ts';
import type { StoreLog } from '../../src/stores/availability.ts';
import type { QuestionEvent } from '../../src/stores/records.ts';
import type { SettingsService } from '../../src/stores/settings.ts';
import { CachedSettings } from '../../src/stores/settings-service.ts';
import { loadPrivacyKey } from '../../src/stores/privacy-key.ts';
import { openSqliteStores } from '../../src/stores/sqlite/sqlite-stores.ts';
import { WriteQueue } from '../../src/stores/write-queue.ts';

/** A log that keeps what it was told, to count warnings. */
export class KeptLog implements StoreLog {
  readonly lines: { level: 'warn' | 'info'; message: string; fields: object }[] = [];
  warn(fields: object, message: string): void {
    this.lines.push({ level: 'warn', message, fields });
  }
  info(fields: object, message: string): void {
    this.lines.push({ level: 'info', message, fields });
  }
}

/** Insights and settings over a real SQLite database in a temporary folder. */
export interface TempInsights {
  readonly dir: string;
  readonly insights: Insights;
  readonly settings: SettingsService;
  /** Deleting on request, over the same stores. */
  readonly forgetting: Forgetting;
  readonly log: KeptLog;
  /** Writes what is queued and closes the database, leaving the folder (for tests that handle the file). */
  close(): Promise<void>;
  /** Closes and deletes the folder. */
  dispose(): Promise<void>;
}

/**
 * A real SQLite insights database in a temporary folder. `asTheBotOpensIt`: through openServices,
 * on the store thread; otherwise everything on this thread, for tests that handle the file.
 */
export async function tempInsights(asTheBotOpensIt = false): Promise<TempInsights> {
  const dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-insights-'));
  const log = new KeptLog();
  let close: () => Promise<void>;
  let insights: Insights;
  let settings: SettingsService;
  let forgetting: Forgetting;
  if (asTheBotOpensIt) {
    const config = { INSIGHTS: true, INSIGHTS_RETENTION_DAYS: 90, DATA_DIR: dir };
    const services = await openServices(config, log);
    ({ insights, settings, forgetting } = services);
    close = async () => void (await services.stop());
  } else {
    const stores = openSqliteStores(dir);
    const queue = new WriteQueue(log);
    insights = new Insights(true, stores, log, { queue, key: loadPrivacyKey(dir) });
    settings = new CachedSettings(stores.settings, queue, log);
    forgetting = new Forgetting(stores, queue, loadPrivacyKey(dir), undefined);
    close = async () => {
      void insights.flush();
      await queue.close(2_000);
      await stores.close();
    };
  }
  let closed: Promise<void> | undefined;
  const closeOnce = () => (closed ??= close());
  return {
    dir,
    insights,
    settings,
    forgetting,
    log,
    close: closeOnce,
    dispose: async () => {
      await closeOnce();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The server the insights tests record questions from. */
export const GUILD = '1300000000000000001';

/** A recorded question at `at`, not answered unless `verdict` says so. */
export const question = (
  at: number,
  text: string,
  verdict = 'not-answered',
  guildId: string | null = GUILD,
): QuestionEvent => ({
  at,
  guildId,
  via: 'ask',
  question: text,
  verdict,
  entryId: verdict === 'clear' ? 'karabakh-not-a-colony' : undefined,
  candidates: [['karabakh-not-a-colony', 0.4]],
  latencyMs: 0.3,
});

/**
 * How long a test waits for a question to be recorded. The writer thread loads its TypeScript on
 * start (about a second, more on a busy machine): the first summary waits for it, longer than
 * waitFor's default second.
 */
export const RECORDED = { timeout: 10_000 };
