// The reply to a question on a topic the article does not address (knowledge/scope.yaml), through
// discord.js: said plainly, with the source's own note, the nearest topics it does address, the next steps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { chatInput } from '../support/interactions.ts';
import { customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

describe('the out-of-scope reply through discord.js', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startHarness();
  });
  afterAll(() => bot.stop());

  it.each([
    ['who won the 2020 war', 'who won the 2020 war or which towns changed hands', 0],
    ['the Lachin blockade was a crime', 'the blockade of the Lachin corridor (2022–23)', 1],
    ['what about Khojaly?', 'the Khojaly killings of February 1992', 0],
  ])(
    '"%s" says plainly that the article does not address it, with the nearest topics it does',
    async (question, topic, near) => {
      const message = messageOf(await bot.reply(chatInput('ask', [{ name: 'question', type: 3, value: question }])));
      expect(message.flags).toBe(EPHEMERAL);
      expect(message.embeds[0]?.title).toBe('Not addressed by the article');
      expect(message.embeds[0]?.description).toBe(
        [
          `AVİM Analysis 2020/33 (11 November 2020) does not address ${topic}.`,
          "AVİM's note: This article was penned before the armistice agreement of 9 November 2020 that was " +
            'signed between Azerbaijan, Armenia, and Russia.',
          near > 0 ? 'The nearest topics it does address are below.' : 'Browse what it does argue below.',
        ].join('\n\n'),
      );
      // The nearest topics (only those that explain a fair share of the question), then the next steps.
      const ids = customIds(message);
      expect(ids.filter((id) => id.startsWith('cp1:answer:e:')).length).toBe(near);
      expect(ids.slice(-2)).toEqual(['cp1:sec:e:1:0:avim-2020-33', 'cp1:about:e']);
    },
  );
});
