import { Writable } from 'node:stream';
import type { Client } from 'discord.js';
import { vi } from 'vitest';
import type { Command } from '../../src/discord/command.ts';
import { commands, messageCommands } from '../../commands/index.ts';
import { createBotContext, createClient } from '../../src/discord/bot.ts';
import { attachMentionReplies } from '../../src/discord/mentions.ts';
import { attachRestLogging } from '../../src/discord/rest-events.ts';
import { attachRouter } from '../../src/discord/router.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import type { Forgetting } from '../../src/insights/forgetting.ts';
import type { Insights } from '../../src/insights/insights.ts';
import { createLogger } from '../../src/log.ts';
import { KnowledgeStore, prepare } from '../../src/reload/knowledge-store.ts';
import { Reloader } from '../../src/reload/reloader.ts';
import type { LastGoodNotice } from '../../src/reload/reload-report.ts';
import { logReload } from '../../src/reload/reload-log.ts';
import type { SettingsService } from '../../src/stores/settings.ts';
import { FakeDiscordRest, type RecordedRequest } from './fake-discord-rest.ts';
import { harnessConfig } from './harness-config.ts';
import type { Config } from '../../src/config/env.ts';
import { dispatch } from './interactions.ts';
import { dispatchMessage, seedAsLoggedIn } from './message-payloads.ts';
import { isAcknowledgement } from './payloads.ts';
import { REAL_KNOWLEDGE } from './knowledge-copy.ts';

/** A real discord.js Client, not logged in, wired to the bot's router, talking to a loopback stand-in. */
export interface BotHarness {
  readonly client: Client;
  readonly rest: FakeDiscordRest;
  readonly store: KnowledgeStore;
  /** Every log line, parsed. */
  readonly logs: Record<string, unknown>[];
  /** Dispatches a raw interaction and waits for the `count`-th new request it causes. */
  send(raw: Record<string, unknown>, count?: number): Promise<RecordedRequest[]>;
  /**
   * Dispatches a raw interaction and waits for what the user finally sees: the first request that
   * is neither an acknowledgement (a type-5 deferral) nor the deletion of a public one; the edit
   * of a deferral with the deferral's flags, as the message is shown.
   */
  reply(raw: Record<string, unknown>): Promise<RecordedRequest>;
  stop(): Promise<void>;
}

/** What a harness runs on; each optional. */
export interface HarnessOptions {
  readonly knowledgeDir?: string;
  readonly config?: Partial<Config>;
  readonly commands?: readonly Command[];
  readonly startedOnLastGood?: LastGoodNotice;
  readonly commandIds?: Map<string, string>;
  /** Questions and votes; INSIGHTS=off when not given. */
  readonly insights?: Insights;
  /** Servers' settings; none kept when not given. */
  readonly settings?: SettingsService;
  /** Deleting on request (/privacy); nothing kept when not given. */
  readonly forgetting?: Forgetting;
  /** How long one rate-limit warning speaks for its route (the bot's default when not given). */
  readonly restLogWindowMs?: number;
}

/** Starts a harness on a knowledge directory (the bundled one by default). */
export async function startHarness(options: HarnessOptions = {}): Promise<BotHarness> {
  const dir = options.knowledgeDir ?? REAL_KNOWLEDGE;
  const loaded = await loadKnowledge(dir);
  if (!loaded.ok) throw new Error(`test knowledge has problems: ${JSON.stringify(loaded.problems)}`);
  const store = new KnowledgeStore(prepare(loaded.knowledge));
  const rest = await new FakeDiscordRest().start();
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const config = harnessConfig(rest.api, dir, options.config);
  const logger = createLogger(config.LOG_LEVEL, undefined, { write: (line: string) => sink.write(line) });
  const client = createClient(config);
  client.rest.setToken('test.token.value');
  // Reloads are logged as bin/main.ts logs them: every one, with who asked.
  const reloader = new Reloader(store, dir, { onReport: (report, origin) => logReload(logger, report, origin) });
  if (options.startedOnLastGood) reloader.startedOnLastGood(options.startedOnLastGood);
  const context = createBotContext(store, reloader, config, logger, options);
  attachRouter(client, context, { commands: options.commands ?? commands, messageCommands });
  const flushRestLog = attachRestLogging(client, logger, options.restLogWindowMs);
  // As after login: the bot's own user, and the guild with its text channel, for message events.
  seedAsLoggedIn(client);
  if (config.MENTION_REPLIES) attachMentionReplies(client, context, config.MENTION_CHANNEL_COOLDOWN_SECONDS);
  return {
    client,
    rest,
    store,
    logs,
    async send(raw, count = 1) {
      const before = rest.requests.length;
      if ('token' in raw) dispatch(client, raw);
      else dispatchMessage(client, raw);
      await vi.waitFor(
        () => {
          if (rest.requests.length < before + count) throw new Error(`waiting for ${count} request(s)`);
        },
        { timeout: 15_000, interval: 5 },
      );
      return rest.requests.slice(before);
    },
    async reply(raw) {
      const before = rest.requests.length;
      dispatch(client, raw);
      let found: RecordedRequest | undefined;
      await vi.waitFor(
        () => {
          found = rest.requests.slice(before).find((r) => !isAcknowledgement(r));
          if (!found) throw new Error('waiting for the reply');
        },
        { timeout: 15_000, interval: 5 },
      );
      if (!found) throw new Error('no reply');
      // The edit of a deferral carries no flags: the message is private or public as deferred.
      const deferral = rest.requests.slice(before).find((r) => r.path.endsWith('/callback') && r !== found);
      const flags = deferral ? Reflect.get(Reflect.get(deferral.body as object, 'data') ?? {}, 'flags') : undefined;
      if (!found.path.endsWith('/callback') && found.method === 'PATCH' && typeof found.body === 'object') {
        return { ...found, body: { ...found.body, ...(flags === undefined ? {} : { flags }) } };
      }
      return found;
    },
    async stop() {
      await client.destroy();
      // As bot.ts stops: after the client, so that a wait while it stopped is summed up too.
      flushRestLog();
      await rest.stop();
    },
  };
}
