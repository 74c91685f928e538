// Stopping the bot (SIGINT/SIGTERM → stop → client.destroy()) is not a lost connection: nothing
// says "reconnecting", nothing is fatal, and the process is not told Discord shut it out.
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, messageCommands } from '../../commands/index.ts';
import { loadConfig } from '../../src/config/env.ts';
import { startBot } from '../../src/discord/bot.ts';
import { Insights } from '../../src/insights/insights.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { createLogger } from '../../src/log.ts';
import { KnowledgeStore, prepare } from '../../src/reload/knowledge-store.ts';
import { Reloader } from '../../src/reload/reloader.ts';
import { settingsUnavailable } from '../../src/stores/settings.ts';
import { REAL_KNOWLEDGE } from '../support/knowledge-copy.ts';
import { startStandInDiscord, type StandInDiscord } from '../support/stand-in-discord.ts';

let discord: StandInDiscord;
beforeEach(async () => {
  discord = await startStandInDiscord();
});
afterEach(() => discord.stop());

describe('a clean stop', () => {
  it('logs no reconnect, no fatal line, and gives up on nothing', async () => {
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
      DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.clean-stop-test-token',
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
    await vi.waitFor(() => expect(logs.map((l) => l.msg)).toContain('ready'), { timeout: 15_000, interval: 20 });
    await stop();
    // Whatever discord.js emits as it winds down has had its turn.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(logs.filter((l) => Number(l.level) >= 40)).toEqual([]);
    expect(logs.map((l) => l.msg)).not.toContain('gateway connection lost; reconnecting');
    expect(gaveUp).toEqual([]);
    // The close was seen, and set down for what it is.
    expect(logs.find((l) => l.msg === 'gateway closed: the bot is stopping')).toMatchObject({ level: 20, shard: 0 });
  });
});
