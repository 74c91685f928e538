import { SlashCommandBuilder } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { respond } from '../../src/answer/responder.ts';
import type { Command } from '../../src/discord/command.ts';
import { commands } from '../../commands/index.ts';
import { startHarness, type BotHarness, type HarnessOptions } from '../support/bot-harness.ts';
import { ADMIN_PERMISSIONS, button, chatInput, GUILD_ID } from '../support/interactions.ts';
import { BOT_USER, counterCommand, memberUser, messageCreate } from '../support/message-payloads.ts';

// Distinctive strings: any of them in a log line is the member's data leaking into the log.
const USER_ID = '1677777777777777771';
const USERNAME = 'quokkafan_zx81';
const GLOBAL_NAME = 'Quentin Quokkaworth';
const NICK = 'Qworthy';
const QUESTION = 'was karabakh ever a colony of the zorblaxian empire';
const CLAIM = 'Turkey brought Syrian jihadists in to fight for Baku, says zorblaxian radio.';
const MEMBER_DATA = [USER_ID, USERNAME, GLOBAL_NAME, NICK];

/** The same raw interaction, from our distinctive member. */
function byMember<T extends Record<string, unknown>>(raw: T): T {
  const member = raw.member as { user: Record<string, unknown> };
  const user = { ...member.user, id: USER_ID, username: USERNAME, global_name: GLOBAL_NAME };
  return { ...raw, member: { ...member, user, nick: NICK } };
}

/** A command that reads its question, as /ask does, then fails. */
const failing: Command = {
  name: 'boom',
  definition: () =>
    new SlashCommandBuilder()
      .setName('boom')
      .setDescription('fails')
      .addStringOption((o) => o.setName('question').setDescription('q'))
      .toJSON(),
  async execute(interaction, ctx) {
    const text = interaction.options.getString('question', true);
    await respond(ctx, { text, via: 'ask', guildId: interaction.guildId, askerId: interaction.user.id });
    throw new Error('the store is on fire');
  },
};

const ask = (question: string) => byMember(chatInput('ask', [{ name: 'question', type: 3, value: question }]));

let bot: BotHarness;
async function start(options: HarnessOptions = {}): Promise<BotHarness> {
  bot = await startHarness({
    ...options,
    commands: [...commands, failing],
    config: { LOG_LEVEL: 'trace', ...options.config },
  });
  return bot;
}
afterEach(() => bot.stop());

/** Waits for a log line with `msg`, then checks that no line carries the member's data (nor `also`). */
async function expectLoggedWithoutMemberData(msg: string, also: readonly string[] = []): Promise<void> {
  await vi.waitFor(() => expect(bot.logs.map((l) => l.msg)).toContain(msg), { timeout: 10_000, interval: 10 });
  const lines = bot.logs.map((l) => JSON.stringify(l));
  for (const line of lines) for (const data of [...MEMBER_DATA, ...also]) expect(line).not.toContain(data);
}

/** Whether any request sent to Discord carried `text`: what a logged request body would leak. */
const sent = (text: string) => bot.rest.requests.some((r) => JSON.stringify(r.body).includes(text));

describe('logs carry no member data, at trace level, when things fail', () => {
  it('an /ask whose reply gets a 500: the error is logged, without the question or the asker', async () => {
    await start();
    // /ask is acknowledged first: the answer is the edit of that acknowledgement, which fails here.
    const edit = (path: string) => path.endsWith('/messages/@original');
    bot.rest.override = (r) => (edit(r.path) ? { status: 500, json: { message: 'boom' } } : undefined);
    await bot.send(ask(QUESTION));
    await expectLoggedWithoutMemberData('interaction failed', [QUESTION]);
    await expectLoggedWithoutMemberData('could not deliver the error reply', [QUESTION]);
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
    await expectLoggedWithoutMemberData('interaction failed', [QUESTION]);
    expect(bot.logs.find((l) => l.msg === 'interaction failed')?.err).toMatchObject({ code: 50035, status: 400 });
    bot.rest.override = undefined;
    await bot.send(byMember(chatInput('boom', [{ name: 'question', type: 3, value: QUESTION }])));
    await vi.waitFor(() => expect(bot.logs.filter((l) => l.msg === 'interaction failed')).toHaveLength(2));
    await expectLoggedWithoutMemberData('interaction failed', [QUESTION]);
  });

  it('"Counter with the article" on a message, refused by Discord: neither the message nor the asker', async () => {
    await start();
    bot.rest.override = (r) => (r.path.endsWith('/callback') ? { status: 500 } : undefined);
    await bot.send(byMember(counterCommand(CLAIM, { author: memberUser(USER_ID, { username: USERNAME }) })));
    await expectLoggedWithoutMemberData('interaction failed', [CLAIM, 'zorblaxian']);
    expect(sent('zorblaxian')).toBe(true);
  });

  it('a mention whose reply cannot be posted: neither the question nor its author', async () => {
    await start();
    bot.rest.override = (r) => (r.path.endsWith('/messages') ? { status: 500 } : undefined);
    const author = memberUser(USER_ID, { username: USERNAME, global_name: GLOBAL_NAME });
    const raw = messageCreate(`<@${BOT_USER.id}> ${QUESTION}`, { mentions: [BOT_USER], author });
    await bot.send(raw);
    // Nor the message's id: with its channel's, it leads to the message and its author.
    await expectLoggedWithoutMemberData('mention reply failed', [QUESTION, raw.id]);
    expect(sent(QUESTION)).toBe(true);
  });

  it('a Delete button carrying its asker in its custom_id, failing: the log names the action alone', async () => {
    await start();
    bot.rest.override = () => ({ status: 500 });
    await bot.send(byMember(button(`cp1:delete:${USER_ID}`)));
    await expectLoggedWithoutMemberData('interaction failed');
    expect(bot.logs.find((l) => l.msg === 'interaction failed')).toMatchObject({ command: 'component delete' });
  });
});

describe('a reload by an admin through Discord', () => {
  it('is logged with how and where it was asked for, not by whom', async () => {
    await start({ config: { HOME_GUILD_ID: GUILD_ID } });
    await bot.send(byMember(chatInput('reload', [], { permissions: ADMIN_PERMISSIONS })), 2);
    await expectLoggedWithoutMemberData('knowledge base reloaded');
    const line = bot.logs.find((l) => l.msg === 'knowledge base reloaded');
    expect(line).toMatchObject({ level: 30, via: 'discord', guild: GUILD_ID, after: { entries: 60 } });
    expect(line).not.toHaveProperty('by');
  });
});

describe('the debug line of a question', () => {
  it('has no text by default', async () => {
    await start();
    await bot.send(ask(QUESTION));
    await expectLoggedWithoutMemberData('question answered', [QUESTION]);
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
    await expectLoggedWithoutMemberData('question answered');
    const line = bot.logs.find((l) => l.msg === 'question answered');
    expect(line).toMatchObject({ level: 20, via: 'ask', question: QUESTION });
    expect(bot.logs.filter((l) => JSON.stringify(l).includes(QUESTION))).toEqual([line]);
  });
});
