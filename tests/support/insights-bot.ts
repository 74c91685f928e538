// A bot with insights on, started before each test of a file and stopped after it: the setup the
// /insights, /settings and entry-point tests share.
import { afterEach, beforeEach } from 'vitest';
import type { Insights } from '../../src/insights/insights.ts';
import type { SettingsService } from '../../src/stores/settings.ts';
import { startHarness, type BotHarness } from './bot-harness.ts';
import { tempInsights, type TempInsights } from './insights-fixtures.ts';

/** What each test of the file sees: the bot, and the stores it was given. */
export interface InsightsBot {
  readonly bot: BotHarness;
  readonly insights: Insights;
  readonly settings: SettingsService;
  /** The folder of the insights database. */
  readonly dir: string;
}

/**
 * Registers the file's hooks: before each test, a fresh insights database as the bot opens it
 * (questions written and /insights read on the writer thread) and a bot on it; after, both gone.
 * Call it at the top of a test file; hooks stay the file's own (vitest runs with isolate: false).
 */
export function insightsBotPerTest(): InsightsBot {
  let bot: BotHarness | undefined;
  let temp: TempInsights | undefined;
  beforeEach(async () => {
    temp = await tempInsights(true);
    bot = await startHarness({ insights: temp.insights, settings: temp.settings, config: { INSIGHTS: true } });
  });
  afterEach(async () => {
    await bot?.stop();
    await temp?.dispose();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('insightsBotPerTest: read inside a test, once the bot has started');
    return value;
  };
  return {
    get bot() {
      return started(bot);
    },
    get insights() {
      return started(temp).insights;
    },
    get settings() {
      return started(temp).settings;
    },
    get dir() {
      return started(temp).dir;
    },
  };
}
