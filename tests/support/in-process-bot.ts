import { Writable } from 'node:stream';
import { vi } from 'vitest';
import { commands, messageCommands } from '../../commands/index.ts';
import { loadConfig } from '../../src/config/env.ts';
import { startBot } from '../../src/discord/bot.ts';
import { Insights } from '../../src/insights/insights.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { createLogger } from '../../src/log.ts';
import { KnowledgeStore, prepare } from '../../src/reload/knowledge-store.ts';
import { Reloader } from '../../src/reload/reloader.ts';
import { settingsUnavailable } from '../../src/stores/settings.ts';
import { REAL_KNOWLEDGE } from './knowledge-copy.ts';
import type { StandInDiscord } from './stand-in-discord.ts';

/** The bot as `npm start` runs it (startBot, logged in), in this process, against a stand-in Discord. */
export interface InProcessBot {
  /** Every log line, parsed. */
  readonly logs: Record<string, unknown>[];
  /** The close codes the bot gave up on (what makes `npm start` exit 78). */
  readonly gaveUp: number[];
  stop(): Promise<void>;
}

/** Starts the bot with a token against `discord`, and waits until it is ready. */
export async function startInProcess(discord: StandInDiscord): Promise<InProcessBot> {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = createLogger('debug', undefined, { write: (line: string) => sink.write(line) });
  const loaded = await loadKnowledge(REAL_KNOWLEDGE);
  if (!loaded.ok) throw new Error('the bundled knowledge has problems');
  const store = new KnowledgeStore(prepare(loaded.knowledge));
  const config = loadConfig({
    DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.in-process-test-token',
    DISCORD_REST_API: discord.rest.api,
    KNOWLEDGE_DIR: REAL_KNOWLEDGE,
  });
  const gaveUp: number[] = [];
  const services = { insights: Insights.off(logger), settings: settingsUnavailable('none in this test') };
  const { stop } = await startBot(
    store,
    new Reloader(store, REAL_KNOWLEDGE),
    config,
    logger,
    (code) => gaveUp.push(code),
    services,
    { commands, messageCommands },
  );
  await vi.waitFor(
    () => {
      if (!logs.some((l) => l.msg === 'ready')) throw new Error('not ready yet');
    },
    { timeout: 15_000, interval: 20 },
  );
  return { logs, gaveUp, stop };
}
