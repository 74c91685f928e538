// Logs carry no member data, at trace level, when things fail: neither who asked nor what they wrote.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BotHarness, HarnessOptions } from '../support/bot-harness.ts';
import { button, chatInput } from '../support/interactions.ts';
import {
  ask,
  byMember,
  CLAIM,
  expectLoggedWithoutMemberData,
  GLOBAL_NAME,
  QUESTION,
  startTracingBot,
  USER_ID,
  USERNAME,
} from '../support/member-data.ts';
import { BOT_USER, counterCommand, memberUser, messageCreate } from '../support/message-payloads.ts';

let bot: BotHarness;
async function start(options: HarnessOptions = {}): Promise<BotHarness> {
  bot = await startTracingBot(options);
  return bot;
}
afterEach(() => bot.stop());

/** Whether any request sent to Discord carried `text`: what a logged request body would leak. */
const sent = (text: string) => bot.rest.requests.some((r) => JSON.stringify(r.body).includes(text));

describe('logs carry no member data, at trace level, when things fail', () => {
  it('an /ask whose reply gets a 500: the error is logged, without the question or the asker', async () => {
    await start();
    // /ask is acknowledged first: the answer is the edit of that acknowledgement, which fails here.
    const edit = (path: string) => path.endsWith('/messages/@original');
    bot.rest.override = (r) => (edit(r.path) ? { status: 500, json: { message: 'boom' } } : undefined);
    await bot.send(ask(QUESTION));
    await expectLoggedWithoutMemberData(bot, 'interaction failed', [QUESTION]);
    await expectLoggedWithoutMemberData(bot, 'could not deliver the error reply', [QUESTION]);
    expect(sent(QUESTION)).toBe(true);
    // Logged at debug too: the question was answered before Discord refused the reply.
    expect(bot.logs.find((l) => l.msg === 'question answered')).toMatchObject({ level: 20, via: 'ask' });
    expect(bot.logs.find((l) => l.msg === 'interaction failed')).toMatchObject({
      level: 50,
      command: 'ask',
      err: {
        type: 'HTTPError',
        status: 500,
        method: 'PATCH',
        url: expect.stringMatching(/\/:token\/messages\/%40original$/),
      },
    });
  });

  it('a reply Discord refuses (a DiscordAPIError), and a command that throws', async () => {
    await start();
    bot.rest.override = (r) =>
      r.path.endsWith('/messages/@original') && JSON.stringify(r.body ?? '').includes('zorblaxian')
        ? { status: 400, json: { code: 50035, message: 'Invalid Form Body', errors: {} } }
        : undefined;
    await bot.send(ask(QUESTION));
    await expectLoggedWithoutMemberData(bot, 'interaction failed', [QUESTION]);
    expect(bot.logs.find((l) => l.msg === 'interaction failed')?.err).toMatchObject({ code: 50035, status: 400 });
    bot.rest.override = undefined;
    await bot.send(byMember(chatInput('boom', [{ name: 'question', type: 3, value: QUESTION }])));
    await vi.waitFor(() => expect(bot.logs.filter((l) => l.msg === 'interaction failed')).toHaveLength(2));
    await expectLoggedWithoutMemberData(bot, 'interaction failed', [QUESTION]);
  });

  it('"Counter with the article" on a message, refused by Discord: neither the message nor the asker', async () => {
    await start();
    bot.rest.override = (r) => (r.path.endsWith('/callback') ? { status: 500 } : undefined);
    await bot.send(byMember(counterCommand(CLAIM, { author: memberUser(USER_ID, { username: USERNAME }) })));
    await expectLoggedWithoutMemberData(bot, 'interaction failed', [CLAIM, 'zorblaxian']);
    expect(sent('zorblaxian')).toBe(true);
  });

  it('a mention whose reply cannot be posted: neither the question nor its author', async () => {
    await start();
    bot.rest.override = (r) => (r.path.endsWith('/messages') ? { status: 500 } : undefined);
    const author = memberUser(USER_ID, { username: USERNAME, global_name: GLOBAL_NAME });
    const raw = messageCreate(`<@${BOT_USER.id}> ${QUESTION}`, { mentions: [BOT_USER], author });
    await bot.send(raw);
    // Nor the message's id: with its channel's, it leads to the message and its author.
    await expectLoggedWithoutMemberData(bot, 'mention reply failed', [QUESTION, raw.id]);
    expect(sent(QUESTION)).toBe(true);
  });

  it('a Delete button carrying its asker in its custom_id, failing: the log names the action alone', async () => {
    await start();
    bot.rest.override = () => ({ status: 500 });
    await bot.send(byMember(button(`cp1:delete:${USER_ID}`)));
    await expectLoggedWithoutMemberData(bot, 'interaction failed');
    expect(bot.logs.find((l) => l.msg === 'interaction failed')).toMatchObject({ command: 'component delete' });
  });
});
