import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { BOT_USER, counterCommand } from '../support/message-payloads.ts';
import { customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startHarness({ config: { ASK_COOLDOWN_SECONDS: 60 } });
});
afterEach(() => bot.stop());

const THREE_CLAIMS =
  [
    'Honestly this whole thread is wild. ',
    'Karabakh was an Azerbaijani colony and its people deserve decolonisation. ',
    'x'.repeat(0),
    'Everyone knows Turkey flew in Syrian jihadist mercenaries to fight in 2020. ',
    'And the Minsk Group talked for thirty years and achieved nothing at all. ',
  ].join('') + ' Anyway. '.repeat(200);

describe('"Counter with the article" through discord.js', () => {
  it('a 2,000-character message with three claims: each answered, privately, with "Post as reply"', async () => {
    const text = THREE_CLAIMS.slice(0, 2000);
    const raw = counterCommand(text, { targetId: '1700000000000000042' });
    const message = messageOf((await bot.send(raw))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.embeds.map((e) => e.title)).toEqual([
      'Was Karabakh ever a colony?',
      'Did Turkey and Syrian mercenaries fight for Azerbaijan in 2020?',
      'Did the failure of the Minsk talks exhaust other remedies?',
    ]);
    expect(message.embeds[0]?.description).toMatch(
      new RegExp(
        /^\*\*In the message:\*\* “Karabakh was an Azerbaijani colony and its people deserve /.source +
          /decolonisation\.”\n\n\*\*The other side argues:\*\* /.source,
      ),
    );
    expect(customIds(message)).toEqual(['cp1:reply:1700000000000000042']);
    expect(message.components[0]?.components.map((c) => c.label)).toEqual(['Post as reply', 'Read the article']);
  });

  it('@everyone and role mentions in the message are left out of the claim, and never ping', async () => {
    const message = messageOf(
      (await bot.send(counterCommand('@everyone <@&1400000000000000001> Karabakh was a colony of Baku!')))[0],
    );
    expect(message.embeds[0]?.title).toBe('Was Karabakh ever a colony?');
    expect(message.embeds[0]?.description).toMatch(/^\*\*In the message:\*\* “Karabakh was a colony of Baku!”/);
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  const NEXT_STEPS = ['cp1:sec:e:1:0:avim-2020-33', 'cp1:about:e'];
  it.each([
    ['a message with no text', '', 'No text to counter', /only attachments, embeds or stickers/, []],
    [
      'a message the article does not respond to',
      'anyone up for pizza tonight? lol',
      'Nothing to counter',
      /does not respond to anything in that message/,
      NEXT_STEPS,
    ],
    [
      'a message about a later event',
      'Who won the 2020 war? Azerbaijan did.',
      'Not addressed by the article',
      /does not address who won the 2020 war/,
      NEXT_STEPS,
    ],
  ])('%s gets a clear private notice, with the next steps where there are any', async (_, text, title, why, ids) => {
    const message = messageOf((await bot.send(counterCommand(text)))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.title).toBe(title);
    expect(message.embeds[0]?.description).toMatch(why);
    expect(customIds(message)).toEqual(ids);
  });

  it("the bot's own message is not countered", async () => {
    const message = messageOf((await bot.send(counterCommand('Was Karabakh ever a colony?', { author: BOT_USER })))[0]);
    expect(message.embeds[0]?.title).toBe('That is my own message');
  });
});
