import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { chatInput } from '../support/interactions.ts';
import { customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startHarness();
});
afterAll(() => bot.stop());

const ask = (question: string) => chatInput('ask', [{ name: 'question', type: 3, value: question }]);
const picksOf = (ids: readonly string[]) => ids.filter((id) => id.startsWith('cp1:answer:'));

describe('an unclear question gets picks to choose from', () => {
  it.each(['???', 'asdf qwerty', 'hmm'])('"%s": "Nothing to answer", with up to three topics as buttons', async (q) => {
    const reply = messageOf(await bot.reply(ask(q)));
    expect(reply.embeds[0]?.title).toBe('Nothing to answer');
    expect(reply.embeds[0]?.description).toContain('pick one of these');
    expect(reply.flags).toBe(EPHEMERAL);
    const picks = picksOf(customIds(reply));
    expect(picks.length).toBeGreaterThan(0);
    expect(picks.length).toBeLessThanOrEqual(3);
    // Where the article starts, for text with nothing near: its first theses, in order.
    expect(picks).toEqual([
      'cp1:answer:p:article-thesis',
      'cp1:answer:p:karabakh-not-a-colony',
      'cp1:answer:p:extermination-argument',
    ]);
    expect(customIds(reply)).toContain('cp1:about:e');
  });
});
