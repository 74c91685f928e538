// Edits of deferred replies and follow-ups are interaction endpoints, which Discord does not count
// against the bot's global rate limit; discord.js queues them behind it anyway. The bot's REST
// manager (src/discord/interaction-rest.ts) sends them on their own, and keeps the global limit for
// everything sent with the bot's token. Checked against discord.js's own manager, so that the day
// discord.js exempts them itself, the first case fails and the class can go.
import { REST, RESTEvents, Routes, type RateLimitData } from 'discord.js';
import { Agent } from 'undici';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InteractionAwareRest, isInteractionWebhook } from '../../src/discord/interaction-rest.ts';
import { startHarness } from '../support/bot-harness.ts';
import { FakeDiscordRest } from '../support/fake-discord-rest.ts';
import { APP_ID, CHANNEL_ID, chatInput } from '../support/interactions.ts';
import { messageOf } from '../support/payloads.ts';

let discord: FakeDiscordRest;
beforeEach(async () => {
  discord = await new FakeDiscordRest().start();
});
afterEach(() => discord.stop());

/** Five edits of five deferred replies and three channel posts, all at once. */
async function burst(rest: REST): Promise<{ order: string[]; limited: RateLimitData[] }> {
  rest.setToken('test.token.value');
  const limited: RateLimitData[] = [];
  rest.on(RESTEvents.RateLimited, (info) => limited.push(info));
  const edits = [1, 2, 3, 4, 5].map((i) =>
    rest.patch(Routes.webhookMessage(APP_ID, `token-${i}`, '@original'), { auth: false, body: { content: `${i}` } }),
  );
  const posts = [1, 2, 3].map((i) =>
    rest.post(Routes.channelMessages(CHANNEL_ID), { body: { content: `post ${i}`, allowed_mentions: { parse: [] } } }),
  );
  await Promise.all([...edits, ...posts]);
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
  const order = discord.requests.map((r) => (r.method === 'PATCH' ? 'edit' : 'post'));
  return { order, limited };
}

describe('interaction follow-ups and the global rate limit', () => {
  it("discord.js's own manager holds the edits of deferred replies back with the bot's requests", async () => {
    const { order, limited } = await burst(new REST({ api: discord.api, globalRequestsPerSecond: 4 }));
    expect(order).toHaveLength(8);
    expect(limited.filter((l) => l.global && l.route.startsWith('/webhooks/')).length).toBeGreaterThan(0);
  });

  it("the bot's manager sends them at once, and still spaces the bot's own requests", async () => {
    const { order, limited } = await burst(new InteractionAwareRest({ api: discord.api, globalRequestsPerSecond: 1 }));
    expect(order).toHaveLength(8);
    // No edit waited for the global limit: all five reached Discord before the second post.
    expect(order.indexOf('post', order.indexOf('post') + 1)).toBeGreaterThan(order.lastIndexOf('edit'));
    expect(limited.filter((l) => l.route.startsWith('/webhooks/'))).toEqual([]);
    expect(limited.filter((l) => l.global && l.route === '/channels/:id/messages').length).toBeGreaterThan(0);
  });

  it('sends a burst of edits over at most 32 connections, where discord.js would open one for each', async () => {
    const edits = async (rest: REST) => {
      rest.setToken('test.token.value');
      const route = (i: number) => Routes.webhookMessage(APP_ID, `token-${i}`, '@original');
      const body = { content: 'answer' };
      await Promise.all(Array.from({ length: 100 }, (_, i) => rest.patch(route(i), { auth: false, body })));
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    };
    await edits(new InteractionAwareRest({ api: discord.api }));
    const ours = discord.connectionsOpened;
    expect(discord.requests).toHaveLength(100);
    expect(ours).toBeGreaterThan(1);
    expect(ours).toBeLessThanOrEqual(32);
    await edits(new REST({ api: discord.api, globalRequestsPerSecond: Number.POSITIVE_INFINITY }));
    expect(discord.requests).toHaveLength(200);
    expect(discord.connectionsOpened - ours).toBeGreaterThan(32);
  });

  it('holds a burst back before discord.js starts its timeout, so none is timed out and sent twice', async () => {
    // Each edit takes 100 ms; discord.js gives each request 1 s. 400 edits over 32 connections take
    // about 1.3 s: waiting for a connection on discord.js's clock, the last ones would time out.
    discord.override = (request) => (request.method === 'PATCH' ? { status: 200, json: {}, delayMs: 100 } : undefined);
    const burst = async (rest: REST) => {
      rest.setToken('test.token.value');
      const route = (i: number) => Routes.webhookMessage(APP_ID, `token-${i}`, '@original');
      const sent = Array.from({ length: 400 }, (_, i) => rest.patch(route(i), { auth: false, body: { content: 'a' } }));
      const outcomes = await Promise.allSettled(sent);
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
      return outcomes.filter((o) => o.status === 'rejected').length;
    };
    const ours = new InteractionAwareRest({ api: discord.api, timeout: 1000 });
    expect(await burst(ours)).toBe(0);
    expect(discord.requests).toHaveLength(400);
    await ours.close();
    // The same pool without the hold: requests time out waiting for a connection, and are sent again.
    const pool = new Agent({ connections: 32 });
    const unheld = new REST({ api: discord.api, timeout: 1000, globalRequestsPerSecond: Infinity, agent: pool });
    await burst(unheld);
    expect(discord.requests.length).toBeGreaterThan(800);
    await pool.close();
  });

  it('tells interaction requests from the rest by route and token', () => {
    expect(isInteractionWebhook({ fullRoute: Routes.webhookMessage(APP_ID, 'tok', '@original'), auth: false })).toBe(
      true,
    );
    expect(isInteractionWebhook({ fullRoute: Routes.webhook(APP_ID, 'tok'), auth: false })).toBe(true);
    // The same route with the bot's token, and a channel message, count against the global limit.
    expect(isInteractionWebhook({ fullRoute: Routes.webhook(APP_ID, 'tok'), auth: true })).toBe(false);
    expect(isInteractionWebhook({ fullRoute: Routes.channelMessages(CHANNEL_ID), auth: false })).toBe(false);
    expect(isInteractionWebhook({ fullRoute: Routes.interactionCallback(APP_ID, 'tok'), auth: false })).toBe(false);
  });

  it("a 429 on a reply's edit is retried and logged through the bot's client", async () => {
    const bot = await startHarness();
    try {
      expect(bot.client.rest).toBeInstanceOf(InteractionAwareRest);
      let limited = false;
      bot.rest.override = (request) => {
        if (limited || request.method !== 'PATCH') return undefined;
        limited = true;
        const headers = {
          'retry-after': '0.05',
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': '0.05',
          'x-ratelimit-bucket': 'abcd1234',
          'x-ratelimit-scope': 'user',
        };
        return { status: 429, json: { message: 'limited', retry_after: 0.05, global: false }, headers };
      };
      await bot.reply(chatInput('ask', [{ name: 'question', type: 3, value: 'was karabakh a colony' }]));
      await vi.waitFor(() => expect(bot.rest.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2));
      const [refused, sent] = bot.rest.requests.filter((r) => r.method === 'PATCH');
      expect(limited).toBe(true);
      expect(sent?.path).toBe(refused?.path);
      expect(messageOf(sent).embeds.length).toBeGreaterThan(0);
      expect(messageOf(sent)).toEqual(messageOf(refused));
      const lines = bot.logs.filter((l) => l.msg === 'rate limited by Discord; the request waits');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ route: '/webhooks/:id/:token/messages/%40original', global: false });
    } finally {
      await bot.stop();
    }
  });
});
