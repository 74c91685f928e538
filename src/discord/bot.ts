import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config/env.ts';
import { Cooldowns } from '../answer/cooldown.ts';
import { questionLog } from '../answer/question-log.ts';
import { Forgetting } from '../insights/forgetting.ts';
import { Insights } from '../insights/insights.ts';
import type { Services } from '../insights/open-services.ts';
import type { KnowledgeStore } from '../reload/knowledge-store.ts';
import type { KnowledgeSync } from '../reload/knowledge-sync.ts';
import type { Reloader } from '../reload/reloader.ts';
import type { BotContext } from './bot-context.ts';
import { settingsUnavailable, type SettingsService } from '../stores/settings.ts';
import { WriteQueue } from '../stores/write-queue.ts';
import { inviteUrl } from '../config/invite.ts';
import { fetchCommandIds } from './command-ids.ts';
import { attachGatewayLogging } from './gateway-events.ts';
import { attachMentionReplies } from './mentions.ts';
import { guardPacketHandling } from './packet-guard.ts';
import { InteractionAwareRest } from './interaction-rest.ts';
import { attachRestLogging } from './rest-events.ts';
import { attachRouter, type CommandSet } from './router.ts';
import { exposeReloader, reloadEverywhere } from './shard-reload.ts';

/**
 * A discord.js client with the Guilds intent, and GuildMessages when it answers mentions (neither
 * is privileged: Discord shows the bot the text of messages that mention it), REST through
 * DISCORD_REST_API if set, no mentions ever unless a reply names them, and the edits of deferred
 * replies outside discord.js's global request limit, as Discord allows (interaction-rest.ts).
 */
export function createClient(config: Pick<Config, 'DISCORD_REST_API' | 'MENTION_REPLIES'>): Client {
  const client = new Client({
    intents: config.MENTION_REPLIES
      ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages]
      : [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(config.DISCORD_REST_API ? { rest: { api: config.DISCORD_REST_API } } : {}),
  });
  // Before login: the gateway takes its REST manager from the client when it connects.
  // The REST manager the Client made is dropped: its sweep timers go with it.
  client.rest.clearHashSweeper();
  client.rest.clearHandlerSweeper();
  client.rest = new InteractionAwareRest(client.options.rest ?? {});
  return client;
}

/** What a bot context is given beside the knowledge: each optional, for tests that need none. */
export interface BotServices {
  /** The registered commands' ids, filled in after login. */
  readonly commandIds?: ReadonlyMap<string, string> | undefined;
  /** Questions and votes; INSIGHTS=off when not given. */
  readonly insights?: Insights | undefined;
  /** Servers' settings, kept apart from insights; none kept when not given. */
  readonly settings?: SettingsService | undefined;
  /** Deleting on request (/privacy); nothing kept, nothing to delete, when not given. */
  readonly forgetting?: Forgetting | undefined;
  /** One knowledge version across hosts (DATABASE_URL): /reload publishes through it. */
  readonly sync?: KnowledgeSync | undefined;
}

/** Everything the handlers need, for one client. */
export function createBotContext(
  store: KnowledgeStore,
  reloader: Reloader,
  config: Config,
  logger: Logger,
  services: BotServices = {},
): BotContext {
  const commandIds = services.commandIds ?? new Map<string, string>();
  const settings = services.settings ?? settingsUnavailable('no settings store was opened');
  return {
    store,
    config,
    logger,
    questionLog: questionLog(logger, config.LOG_QUESTIONS),
    settings,
    insights: services.insights ?? Insights.off(logger),
    forgetting: services.forgetting ?? new Forgetting(undefined, new WriteQueue(logger), undefined, 'nothing is kept'),
    commandIds: () => commandIds,
    cooldowns: new Cooldowns(config.ASK_COOLDOWN_SECONDS, settings),
    reloadEverywhere: (client, origin) => reloadEverywhere(client, reloader, origin, services.sync),
    onLastGood: () => reloader.onLastGood,
  };
}

/**
 * Logs in and serves interactions until `stop` is called. `onUnrecoverable` is called when
 * Discord closes the gateway for good (a reset token, a refused intent): see gateway-events.ts.
 */
export async function startBot(
  store: KnowledgeStore,
  reloader: Reloader,
  config: Config,
  logger: Logger,
  onUnrecoverable: (code: number) => void,
  services: Pick<Services, 'insights' | 'settings'> & Pick<BotServices, 'forgetting' | 'sync'>,
  set: CommandSet,
): Promise<{ client: Client; stop: () => Promise<void> }> {
  const client = createClient(config);
  const commandIds = new Map<string, string>();
  const context = createBotContext(store, reloader, config, logger, { ...services, commandIds });
  attachRouter(client, context, set);
  const gateway = attachGatewayLogging(client, logger, onUnrecoverable);
  const flushRestLog = attachRestLogging(client, logger);
  guardPacketHandling(client, logger);
  if (config.MENTION_REPLIES) attachMentionReplies(client, context, config.MENTION_CHANNEL_COOLDOWN_SECONDS);
  exposeReloader(reloader, services.sync);
  client.once(Events.ClientReady, (ready) => {
    const { sources, sections, entries } = store.current.summary;
    const invite = inviteUrl(ready.application.id);
    logger.info(
      {
        user: ready.user.tag,
        guilds: ready.guilds.cache.size,
        shard: ready.shard?.ids ?? null,
        sources,
        sections,
        entries,
        invite,
      },
      'ready',
    );
    void fetchCommandIds(ready.rest, ready.application.id, config.DISCORD_GUILD_ID, commandIds).catch(
      (error: unknown) => logger.debug({ err: error }, 'could not fetch the command ids; /help shows plain names'),
    );
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  if (!config.DISCORD_TOKEN) throw new Error('startBot needs DISCORD_TOKEN');
  await client.login(config.DISCORD_TOKEN);
  return {
    client,
    stop: async () => {
      gateway.stopping();
      const rest = client.rest;
      await client.destroy();
      if (rest instanceof InteractionAwareRest) await rest.close();
      // After the client is down: a window opened while it stopped is summed up too.
      flushRestLog();
    },
  };
}
