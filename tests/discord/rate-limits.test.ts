// A 429 from Discord is logged at warn, with what an operator needs to see which
// route is throttled and for how long: never the URL (it holds interaction tokens) nor a user.
// (discord.js emits its RateLimited event from its per-route queues: channel messages, webhook
// edits and follow-ups, deletions; not for the one-shot interaction callbacks.)
import { RESTEvents, Routes } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MORE_RATE_LIMITED } from '../../src/discord/rest-events.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { CHANNEL_ID } from '../support/interactions.ts';
import { messageOf } from '../support/payloads.ts';

const MSG = 'rate limited by Discord; the request waits';

let bot: BotHarness;
let stopped = false;
beforeEach(async () => {
  stopped = false;
  bot = await startHarness();
});
afterEach(async () => {
  if (!stopped) await bot.stop();
});

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

// discord.js holds each request past its own limit of 50 a second and emits one event per held
// request: a burst once wrote a warning per request. Each channel below is its own queue, as each
// interaction's webhook is, so every request past the first 50 is held and reported.
describe('a burst of rate-limited requests', () => {
  const burst = async (harness: BotHarness, count: number): Promise<number> => {
    let events = 0;
    harness.client.rest.on(RESTEvents.RateLimited, () => (events += 1));
    const body = { content: 'posted', allowed_mentions: { parse: [] } };
    const posts = Array.from({ length: count }, (_, i) =>
      harness.client.rest.post(Routes.channelMessages(String(100_000_000_000_000_000n + BigInt(i))), { body }),
    );
    await Promise.all(posts);
    return events;
  };

  it('is one warning when it starts and one summary when the window closes', async () => {
    await bot.stop();
    stopped = true;
    const harness = await startHarness({ restLogWindowMs: 500 });
    try {
      const events = await burst(harness, 80);
      expect(harness.rest.requests).toHaveLength(80);
      expect(events).toBeGreaterThan(1);
      expect(harness.logs.filter((l) => l.msg === MSG)).toHaveLength(1);
      await vi.waitFor(() => expect(harness.logs.some((l) => l.msg === MORE_RATE_LIMITED)).toBe(true), {
        timeout: 3_000,
      });
      const summaries = harness.logs.filter((l) => l.msg === MORE_RATE_LIMITED);
      expect(summaries).toHaveLength(1);
      expect(summaries[0]).toMatchObject({ level: 40, route: '/channels/:id/messages', method: 'POST', global: true });
      // Every held request is counted: the first in the warning, the others in the summary.
      expect(Number(summaries[0]?.requests) + 1).toBe(events);
      expect(Number(summaries[0]?.longestWaitMs)).toBeGreaterThan(0);
      expect(Number(summaries[0]?.longestWaitMs)).toBeLessThanOrEqual(2_000);
      // A wait after the window has closed opens a new one, with its own warning.
      await burst(harness, 60);
      expect(harness.logs.filter((l) => l.msg === MSG)).toHaveLength(2);
    } finally {
      await harness.stop();
    }
  });

  it('is summed up at shutdown when its window is still open', async () => {
    const events = await burst(bot, 70);
    expect(bot.logs.filter((l) => l.msg === MORE_RATE_LIMITED)).toHaveLength(0);
    await bot.stop();
    stopped = true;
    const summaries = bot.logs.filter((l) => l.msg === MORE_RATE_LIMITED);
    expect(summaries).toHaveLength(1);
    expect(Number(summaries[0]?.requests) + 1).toBe(events);
  });
});
