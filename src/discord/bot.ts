import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config/env.ts';
import { Cooldown } from '../handlers/cooldown.ts';
import type { KnowledgeStore } from '../reload/knowledge-store.ts';
import type { Reloader } from '../reload/reloader.ts';
import type { BotContext } from './bot-context.ts';
import { attachGatewayLogging } from './gateway-events.ts';
import { attachRouter } from './router.ts';
import { exposeReloader, reloadEverywhere } from './shard-reload.ts';

/** A discord.js client with the Guilds intent only, REST through DISCORD_REST_API if set, and no mentions ever. */
export function createClient(config: Pick<Config, 'DISCORD_REST_API'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(config.DISCORD_REST_API ? { rest: { api: config.DISCORD_REST_API } } : {}),
  });
}

/** Everything the handlers need, for one client. */
export function createBotContext(store: KnowledgeStore, reloader: Reloader, config: Config, logger: Logger): BotContext {
  return {
    store, config, logger,
    askCooldown: new Cooldown(config.ASK_COOLDOWN_SECONDS),
    reloadEverywhere: (client, origin) => reloadEverywhere(client, reloader, origin),
  };
}

/**
 * Logs in and serves interactions until `stop` is called. `onUnrecoverable` is called when
 * Discord closes the gateway for good (a reset token, a refused intent): see gateway-events.ts.
 */
export async function startBot(
  store: KnowledgeStore, reloader: Reloader, config: Config, logger: Logger, onUnrecoverable: (code: number) => void,
): Promise<{ client: Client; stop: () => Promise<void> }> {
  const client = createClient(config);
  attachRouter(client, createBotContext(store, reloader, config, logger));
  attachGatewayLogging(client, logger, onUnrecoverable);
  exposeReloader(reloader);
  client.once(Events.ClientReady, (ready) => {
    const { sources, sections, entries } = store.current.summary;
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, shard: ready.shard?.ids ?? null, sources, sections, entries }, 'ready');
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  if (!config.DISCORD_TOKEN) throw new Error('startBot needs DISCORD_TOKEN');
  await client.login(config.DISCORD_TOKEN);
  return { client, stop: () => client.destroy() };
}
