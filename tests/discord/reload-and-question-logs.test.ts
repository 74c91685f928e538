// What the info and debug lines of a reload and of a question carry: how and where, never by whom.
import { afterEach, describe, expect, it } from 'vitest';
import type { BotHarness, HarnessOptions } from '../support/bot-harness.ts';
import { ADMIN_PERMISSIONS, chatInput, GUILD_ID } from '../support/interactions.ts';
import { ask, byMember, expectLoggedWithoutMemberData, QUESTION, startTracingBot } from '../support/member-data.ts';

let bot: BotHarness;
async function start(options: HarnessOptions = {}): Promise<BotHarness> {
  bot = await startTracingBot(options);
  return bot;
}
afterEach(() => bot.stop());

describe('a reload by an admin through Discord', () => {
  it('is logged with how and where it was asked for, not by whom', async () => {
    await start({ config: { HOME_GUILD_ID: GUILD_ID } });
    await bot.send(byMember(chatInput('reload', [], { permissions: ADMIN_PERMISSIONS })), 2);
    await expectLoggedWithoutMemberData(bot, 'knowledge base reloaded');
    const line = bot.logs.find((l) => l.msg === 'knowledge base reloaded');
    expect(line).toMatchObject({ level: 30, via: 'discord', guild: GUILD_ID, after: { entries: 60 } });
    expect(line).not.toHaveProperty('by');
  });
});

describe('the debug line of a question', () => {
  it('has no text by default', async () => {
    await start();
    await bot.send(ask(QUESTION));
    await expectLoggedWithoutMemberData(bot, 'question answered', [QUESTION]);
    expect(bot.logs.find((l) => l.msg === 'question answered')).toMatchObject({
      level: 20,
      via: 'ask',
      guild: GUILD_ID,
      verdict: 'clear',
      entry: 'karabakh-not-a-colony',
    });
  });

  it('with LOG_QUESTIONS=on carries the question, still without who asked', async () => {
    await start({ config: { LOG_QUESTIONS: true } });
    await bot.send(ask(QUESTION));
    await expectLoggedWithoutMemberData(bot, 'question answered');
    const line = bot.logs.find((l) => l.msg === 'question answered');
    expect(line).toMatchObject({ level: 20, via: 'ask', question: QUESTION });
    expect(bot.logs.filter((l) => JSON.stringify(l).includes(QUESTION))).toEqual([line]);
  });
});
