// A 429 from Discord is logged once per wait, at warn, with what an operator needs to see which
// route is throttled and for how long: never the URL (it holds interaction tokens) nor a user.
// (discord.js emits its RateLimited event from its per-route queues: channel messages, webhook
// edits and follow-ups, deletions; not for the one-shot interaction callbacks.)
import { Routes } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { CHANNEL_ID } from '../support/interactions.ts';
import { messageOf } from '../support/payloads.ts';

const MSG = 'rate limited by Discord; the request waits';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startHarness();
});
afterEach(() => bot.stop());

const rateLimited = (retryAfter: number, global: boolean) => ({
  status: 429,
  json: { message: 'You are being rate limited.', retry_after: retryAfter, global },
  headers: {
    'retry-after': String(retryAfter),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset-after': String(retryAfter),
    'x-ratelimit-bucket': 'abcd1234',
    'x-ratelimit-scope': 'user',
    ...(global ? { 'x-ratelimit-global': 'true' } : {}),
  },
});

describe('rate limits', () => {
  it.each([false, true])('a 429 (global: %s) is logged once, at warn, and the request retried', async (global) => {
    let answered = false;
    bot.rest.override = () => {
      if (answered) return undefined;
      answered = true;
      return rateLimited(0.05, global);
    };
    const body = { content: 'posted', allowed_mentions: { parse: [] } };
    await bot.client.rest.post(Routes.channelMessages(CHANNEL_ID), { body });
    const [limited, retried] = bot.rest.requests;
    expect(bot.rest.requests).toHaveLength(2);
    expect(limited?.path).toBe(retried?.path);
    expect(messageOf(retried).content).toBe('posted');
    const lines = bot.logs.filter((l) => l.msg === MSG);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      level: 40,
      route: '/channels/:id/messages',
      method: 'POST',
      global,
      // A global limit is the client's requests per second (50); a route's, the bucket's header.
      limit: global ? 50 : 5,
    });
    expect(line?.retryAfterMs).toEqual(expect.any(Number));
    // Discord's 50 ms, plus discord.js's own margin (its `offset` option, 50 ms, once or twice).
    expect(Number(line?.retryAfterMs)).toBeGreaterThanOrEqual(50);
    expect(Number(line?.retryAfterMs)).toBeLessThanOrEqual(200);
    expect(JSON.stringify(line)).not.toContain(CHANNEL_ID);
  });
});
