import { once } from 'node:events';
import { Events } from 'discord.js';
import { commands, messageCommands } from '../commands/index.ts';
import { loadConfig } from '../src/config/env.ts';
import { startBot } from '../src/discord/bot.ts';
import { openServices, type Services } from '../src/insights/open-services.ts';
import { knowledgeVersion } from '../src/insights/reload-event.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { createLogger } from '../src/log.ts';
import { KnowledgeStore, prepare } from '../src/reload/knowledge-store.ts';
import { Reloader } from '../src/reload/reloader.ts';
import { startStandInDiscord } from '../tests/support/stand-in-discord.ts';
import type { FakeGateway } from '../tests/support/fake-gateway.ts';
import { ReplyClock } from './reply-clock.ts';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.load-bench-token-value';

/** The bot as `npm start` runs it, in this process, logged in to a stand-in Discord on 127.0.0.1. */
export interface LoadBot {
  readonly gateway: FakeGateway;
  readonly clock: ReplyClock;
  readonly services: Services;
  /** Warnings and errors the bot logged, as JSON lines. */
  readonly warnings: string[];
  stop(): Promise<void>;
}

/**
 * Starts the bot through its public entry points (openServices, startBot, the command set) with insights
 * on over `dataDir`, the lexical matcher on `kb`, no cooldown, and REST and the gateway on 127.0.0.1.
 */
export async function startLoadBot(kb: KnowledgeBase, knowledgeDir: string, dataDir: string): Promise<LoadBot> {
  const discord = await startStandInDiscord();
  const clock = new ReplyClock();
  const route = discord.rest.override;
  discord.rest.override = (request) => {
    clock.received(request);
    return route?.(request);
  };
  // The environment is built here, not read: a developer's .env must not change what is measured.
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_REST_API: discord.rest.api,
    KNOWLEDGE_DIR: knowledgeDir,
    DATA_DIR: dataDir,
    INSIGHTS: 'on',
    MATCHER: 'lexical',
    ASK_COOLDOWN_SECONDS: '0',
    MENTION_REPLIES: 'false',
    LOG_LEVEL: 'warn',
  });
  const warnings: string[] = [];
  const logger = createLogger(config.LOG_LEVEL, TOKEN, { write: (line: string) => warnings.push(line.trim()) });
  const services = await openServices(config, logger);
  const store = new KnowledgeStore(prepare(kb));
  const { digests, summary } = store.current;
  services.audit.recordVersion({ at: Date.now(), hash: knowledgeVersion(digests), entries: summary.entries });
  const reloader = new Reloader(store, knowledgeDir);
  const giveUp = (code: number) => warnings.push(`gateway closed for good: ${code}`);
  let bot: Awaited<ReturnType<typeof startBot>> | undefined;
  try {
    bot = await startBot(store, reloader, config, logger, giveUp, services, { commands, messageCommands });
    if (!bot.client.isReady()) await once(bot.client, Events.ClientReady, { signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    await bot?.stop();
    await discord.stop();
    await services.stop();
    throw error;
  }
  const started = bot;
  return {
    gateway: discord.gateway,
    clock,
    services,
    warnings,
    async stop() {
      await started.stop();
      await discord.stop();
      await services.stop();
    },
  };
}
