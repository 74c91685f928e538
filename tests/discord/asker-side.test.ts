import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { button, chatInput } from '../support/interactions.ts';
import { BOT_USER, counterCommand, messageCreate } from '../support/message-payloads.ts';
import { customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startHarness();
});
afterAll(() => bot.stop());

/** A message that argues the article's own position (occupation, not self-determination). */
const ARTICLE_SIDE = 'Armenia occupied Azerbaijani territory for decades, this was never about self-determination';
const OTHER_SIDE = 'Artsakh has the right to self-determination, its people voted for independence';
const ask = (question: string) => chatInput('ask', [{ name: 'question', type: 3, value: question }]);
const MENTION = `<@${BOT_USER.id}>`;

/** No label may present the other side's claim as the asker's. */
function expectNoWordsInTheAskersMouth(text: string | undefined): void {
  expect(text).toBeDefined();
  expect(text).not.toMatch(/Claim it responds to|You (argue|claim|say)|Your claim/i);
}

describe("replies fit the asker's side, on every surface", () => {
  it("/ask: the article's side gets the article's similar argument first, then the other side's", async () => {
    const embed = messageOf(await bot.reply(ask(ARTICLE_SIDE))).embeds[0];
    expectNoWordsInTheAskersMouth(embed?.description);
    expect(embed?.description).toMatch(
      /\*\*The article makes a similar argument:\*\* The article [\s\S]*\n\n\*\*The other side argues:\*\* /,
    );
  });

  it('/ask: a message on the other side gets the other side named, then the article’s response', async () => {
    const embed = messageOf(await bot.reply(ask(OTHER_SIDE))).embeds[0];
    expectNoWordsInTheAskersMouth(embed?.description);
    expect(embed?.description).toMatch(
      /\*\*The other side argues:\*\* [\s\S]*\n\n\*\*The article responds:\*\* The article/,
    );
  });

  it('/ask: a question gets the neutral labels', async () => {
    const embed = messageOf(await bot.reply(ask('was karabakh a colony?'))).embeds[0];
    expect(embed?.description).toMatch(
      /\*\*The other side argues:\*\* [\s\S]*\n\n\*\*The article’s answer:\*\* The article/,
    );
  });

  it('the message command on a message that agrees with the article says so, with no rebuttal to post', async () => {
    const message = messageOf((await bot.send(counterCommand(ARTICLE_SIDE, { targetId: '1700000000000000043' })))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toMatch(/argues a position the article itself takes/);
    expectNoWordsInTheAskersMouth(message.embeds[0]?.description);
    expect(message.embeds[0]?.description).toMatch(
      /\*\*In the message:\*\* “.*”\n\n\*\*The article makes a similar argument:\*\*/,
    );
    expect(customIds(message)).not.toContain('cp1:reply:1700000000000000043');
  });

  it('the message command on a message of the other side still offers "Post as reply"', async () => {
    const message = messageOf((await bot.send(counterCommand(OTHER_SIDE, { targetId: '1700000000000000044' })))[0]);
    expect(message.content ?? '').toBe('');
    expect(customIds(message)).toContain('cp1:reply:1700000000000000044');
  });

  it("a mention on the article's side is answered the same way, publicly", async () => {
    const raw = messageCreate(`${MENTION} ${ARTICLE_SIDE}`, { mentions: [BOT_USER] });
    const reply = messageOf((await bot.send(raw))[0]);
    expect(reply.flags).toBeUndefined();
    expectNoWordsInTheAskersMouth(reply.embeds[0]?.description);
    expect(reply.embeds[0]?.description).toMatch(/\*\*The article makes a similar argument:\*\*/);
  });
});

describe('replies that are not answers, through discord.js', () => {
  it('"hi" gets one private line on how to ask, with next steps', async () => {
    const message = messageOf(await bot.reply(ask('hi')));
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.description).toMatch(/^Hi! Send a claim or a question/);
    expect(message.components[0]?.components.map((c) => c.label)).toEqual(['Browse the article', 'About this bot']);
  });

  it('thanks get "glad it helped", privately, from either side; a greeting from a side is chat too', async () => {
    for (const text of [
      'thanks bot',
      'ty, that helped',
      'thanks, proud Armenian here',
      'thanks, proud Azerbaijani here',
    ]) {
      const message = messageOf(await bot.reply(ask(text)));
      expect(message.flags, text).toBe(EPHEMERAL);
      expect(message.embeds[0]?.description, text).toMatch(/^Glad it helped\. Send another claim or question/);
    }
    for (const text of ['love from yerevan', 'greetings from Azerbaijan!']) {
      const message = messageOf(await bot.reply(ask(text)));
      expect(message.embeds[0]?.description, text).toMatch(/^Hi! Send a claim or a question/);
    }
  });

  it('a question about the bot gets the about card, not a debate card', async () => {
    const embed = messageOf(await bot.reply(ask('Is this bot just Azerbaijani propaganda?'))).embeds[0];
    expect(embed?.title).toBe('About AVİM Analysis 2020/33 and this bot');
    expect(embed?.description).toContain(
      'AVİM (Avrasya İncelemeleri Merkezi, Center for Eurasian Studies) is a non-profit think tank',
    );
    expect(embed?.description).toMatch(/\*\*Its side:\*\* An analysis by AVİM .* argues Azerbaijan's side/);
    expect(embed?.description).toMatch(/\*\*Knowledge base last reviewed against the article:\*\* \d+ \w+ 20\d\d\./);
    expect(embed?.description).toContain('**Found an error?**');
  });

  it('a topic question lists the article’s points on it, each a button', async () => {
    const message = messageOf(await bot.reply(ask('what does the article say about genocide?')));
    expect(message.embeds[0]?.title).toBe('On “genocide”');
    const answers = customIds(message).filter((id) => id.startsWith('cp1:answer:'));
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(answers).toContain('cp1:answer:p:genocide-1915-not-azerbaijan');
  });

  it('"About this bot" opens the about card', async () => {
    const message = messageOf((await bot.send(button('cp1:about:e')))[0]);
    expect(message.embeds[0]?.title).toBe('About AVİM Analysis 2020/33 and this bot');
  });
});
