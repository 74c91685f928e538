import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { CHANNEL_ID } from '../support/interactions.ts';
import { BOT_USER, memberUser, messageCreate } from '../support/message-payloads.ts';
import { customIds, messageOf, postsInChannel } from '../support/payloads.ts';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startHarness();
});
afterEach(() => bot.stop());

const MENTION = `<@${BOT_USER.id}>`;
const posts = () => postsInChannel(bot.rest.requests);

describe('@mentions through discord.js', () => {
  it('a question after a mention is answered like /ask, as a reply that pings nobody', async () => {
    const raw = messageCreate(`${MENTION} was karabakh ever a colony?`, { mentions: [BOT_USER] });
    const reply = messageOf((await bot.send(raw))[0]);
    expect(reply.message_reference).toEqual({ message_id: raw.id, fail_if_not_exists: false });
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.flags).toBeUndefined();
    expect(reply.embeds[0]?.title).toBe('Was Karabakh ever a colony?');
    expect(customIds(reply)).toContain('cp1:delete:1600000000000000001');
  });

  it('a mention alone, replying to a message, counters that message', async () => {
    const referenced = {
      ...messageCreate('Turkey brought Syrian jihadists in to fight for Baku.'),
      id: '1700000000000000077',
    };
    const raw = messageCreate(MENTION, { mentions: [BOT_USER], reference: referenced.id, referenced });
    const reply = messageOf((await bot.send(raw))[0]);
    expect(reply.embeds[0]?.title).toBe('Did Turkey and Syrian mercenaries fight for Azerbaijan in 2020?');
    expect(reply.embeds[0]?.description).toMatch(
      /^\*\*In the message:\*\* “Turkey brought Syrian jihadists in to fight for Baku\.”/,
    );
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it.each(['is this true?', 'thoughts?', 'what about this'])(
    'a mention with "%s", replying to a message, counters that message',
    async (words) => {
      const referenced = {
        ...messageCreate('Turkey brought Syrian jihadists in to fight for Baku.'),
        id: '1700000000000000079',
      };
      const raw = messageCreate(`${MENTION} ${words}`, { mentions: [BOT_USER], reference: referenced.id, referenced });
      const reply = messageOf((await bot.send(raw))[0]);
      expect(reply.embeds[0]?.title).toBe('Did Turkey and Syrian mercenaries fight for Azerbaijan in 2020?');
      expect(reply.embeds[0]?.description).toMatch(/^\*\*In the message:\*\* “Turkey brought Syrian jihadists/);
    },
  );

  it('"counter" replying to a message whose text Discord withholds says how to counter it instead', async () => {
    const referenced = { ...messageCreate(''), id: '1700000000000000078' };
    const reply = messageOf(
      (
        await bot.send(
          messageCreate(`${MENTION} counter`, { mentions: [BOT_USER], reference: referenced.id, referenced }),
        )
      )[0],
    );
    expect(reply.embeds[0]?.title).toBe('I cannot read that message');
    expect(reply.embeds[0]?.description).toContain('Apps → Counter with the article');
  });

  it('a message of only a mention gets the short help', async () => {
    const reply = messageOf((await bot.send(messageCreate(MENTION, { mentions: [BOT_USER] })))[0]);
    expect(reply.embeds[0]?.title).toBe('Ask me after the mention');
  });

  it.each([
    [
      'from a bot',
      messageCreate(`${MENTION} was karabakh a colony`, {
        mentions: [BOT_USER],
        author: memberUser('1600000000000000005', { bot: true }),
      }),
    ],
    [
      'from a webhook',
      messageCreate(`${MENTION} was karabakh a colony`, { mentions: [BOT_USER], webhookId: '1800000000000000001' }),
    ],
    [
      'from the bot itself',
      messageCreate(`${MENTION} was karabakh a colony`, { mentions: [BOT_USER], author: BOT_USER }),
    ],
    [
      'that mentions @everyone but not the bot',
      { ...messageCreate('@everyone was karabakh a colony'), mention_everyone: true },
    ],
  ])('a message %s is ignored', async (_, raw) => {
    const before = bot.rest.requests.length;
    (
      bot.client as unknown as { actions: { MessageCreate: { handle(d: unknown): void } } }
    ).actions.MessageCreate.handle(raw);
    await sleep(150);
    expect(bot.rest.requests.length).toBe(before);
  });

  it('a channel where the bot may not post is logged once, and nothing breaks', async () => {
    bot.rest.override = (r) =>
      r.method === 'POST' && r.path.endsWith('/messages')
        ? { status: 403, json: { code: 50013, message: 'Missing Permissions' } }
        : undefined;
    await bot.send(messageCreate(`${MENTION} was karabakh a colony`, { mentions: [BOT_USER] }));
    await bot.send(messageCreate(`${MENTION} ethnic cleansing`, { mentions: [BOT_USER] }));
    await vi.waitFor(() =>
      expect(bot.logs.filter((l) => l.msg?.toString().startsWith('cannot reply to mentions'))).toHaveLength(1),
    );
    expect(bot.logs.filter((l) => l.level === 50)).toEqual([]);
  });
});

describe('mention cooldowns', () => {
  it('one user asking twice at once gets one answer; so does one busy channel', async () => {
    await bot.stop();
    bot = await startHarness({ config: { ASK_COOLDOWN_SECONDS: 60, MENTION_CHANNEL_COOLDOWN_SECONDS: 60 } });
    await bot.send(messageCreate(`${MENTION} was karabakh a colony`, { mentions: [BOT_USER] }));
    (
      bot.client as unknown as { actions: { MessageCreate: { handle(d: unknown): void } } }
    ).actions.MessageCreate.handle(messageCreate(`${MENTION} ethnic cleansing`, { mentions: [BOT_USER] }));
    (
      bot.client as unknown as { actions: { MessageCreate: { handle(d: unknown): void } } }
    ).actions.MessageCreate.handle(
      messageCreate(`${MENTION} ethnic cleansing`, { mentions: [BOT_USER], author: memberUser('1600000000000000006') }),
    );
    await sleep(200);
    expect(posts()).toHaveLength(1);
  });

  it('a mention on cooldown gets ⏳ as a reaction, and no second message', async () => {
    await bot.stop();
    bot = await startHarness({ config: { ASK_COOLDOWN_SECONDS: 60 } });
    await bot.send(messageCreate(`${MENTION} was karabakh a colony`, { mentions: [BOT_USER] }));
    const again = messageCreate(`${MENTION} ethnic cleansing`, { mentions: [BOT_USER] });
    const [reaction] = await bot.send(again);
    expect(reaction?.method).toBe('PUT');
    // The stand-in records the path as decoded; the emoji went URL-encoded, as the route needs.
    expect(decodeURIComponent(reaction?.path ?? '')).toBe(
      `/api/v10/channels/${CHANNEL_ID}/messages/${again.id}/reactions/⏳/@me`,
    );
    await sleep(150);
    expect(posts()).toHaveLength(1);
  });
});
