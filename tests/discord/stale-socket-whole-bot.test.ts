// The connection closed under a request (stale-socket-retry.test.ts), through the whole bot: the
// deferral sent again is read as the acknowledgement it is, and an /ask still gets its answer.
import { describe, expect, it, vi } from 'vitest';
import { startHarness } from '../support/bot-harness.ts';
import { chatInput } from '../support/interactions.ts';
import { messageOf } from '../support/payloads.ts';

describe('a connection closed under a request', () => {
  it('reads "already acknowledged" after a callback sent again as the acknowledgement it is', async () => {
    const bot = await startHarness();
    try {
      let callbacks = 0;
      bot.rest.override = (request) => {
        if (!request.path.endsWith('/callback')) return undefined;
        callbacks += 1;
        // The first reaches Discord, and its connection closes before the answer; the second is refused.
        if (callbacks === 1) return { hangUp: true };
        const json = { code: 40060, message: 'Interaction has already been acknowledged.' };
        return callbacks === 2 ? { status: 400, json } : undefined;
      };
      const shown = await bot.reply(chatInput('ask', [{ name: 'question', type: 3, value: 'was karabakh a colony' }]));
      expect(callbacks).toBe(2);
      // The deferral reached Discord the first time: the answer then edits it, and nothing is lost.
      expect(bot.rest.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'PATCH']);
      expect(shown.method).toBe('PATCH');
      expect(messageOf(shown).embeds[0]?.title).toBeTruthy();
      expect(bot.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
    } finally {
      await bot.stop();
    }
  });

  it('still brings an /ask its answer', async () => {
    const bot = await startHarness();
    try {
      let hungUp = false;
      bot.rest.override = (request) => {
        if (hungUp || request.method !== 'PATCH') return undefined;
        hungUp = true;
        return { hangUp: true };
      };
      await bot.reply(chatInput('ask', [{ name: 'question', type: 3, value: 'was karabakh a colony' }]));
      await vi.waitFor(() => expect(bot.rest.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2));
      const [lost, sent] = bot.rest.requests.filter((r) => r.method === 'PATCH');
      expect(hungUp).toBe(true);
      expect(messageOf(sent).embeds[0]?.title).toBeTruthy();
      expect(messageOf(sent)).toEqual(messageOf(lost));
      expect(bot.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
    } finally {
      await bot.stop();
    }
  });
});
