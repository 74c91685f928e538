import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { button, chatInput } from '../support/interactions.ts';
import { callbackType, customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startHarness();
});
afterEach(() => bot.stop());

const FRIEND = '1600000000000000007';
const ask = (question: string, extra: Record<string, unknown>[] = []) =>
  chatInput('ask', [{ name: 'question', type: 3, value: question }, ...extra]);

/** The interaction as Discord sends it when a user option is set: the user resolved beside it. */
const resolvingFriend = (raw: Record<string, unknown>) => ({
  ...raw,
  data: {
    ...(raw.data as object),
    resolved: {
      users: { [FRIEND]: { id: FRIEND, username: 'friend', discriminator: '0', global_name: null, avatar: null } },
    },
  },
});

describe('/ask for: someone', () => {
  it('a public answer starts "For @user:" and may ping that user only', async () => {
    const raw = ask('was karabakh a colony', [{ name: 'for', type: 6, value: FRIEND }]);
    const message = messageOf(await bot.reply(resolvingFriend(raw)));
    expect(message.content).toBe(`For <@${FRIEND}>:`);
    expect(message.allowed_mentions).toMatchObject({ parse: [], users: [FRIEND] });
    expect(message.allowed_mentions?.replied_user ?? false).toBe(false);
    expect(message.embeds[0]?.title).toBe('Was Karabakh ever a colony?');
  });

  it('a private answer ignores it', async () => {
    const raw = ask('was karabakh a colony', [
      { name: 'public', type: 5, value: false },
      { name: 'for', type: 6, value: FRIEND },
    ]);
    const message = messageOf(await bot.reply(resolvingFriend(raw)));
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toBeUndefined();
    expect(message.allowed_mentions?.parse).toEqual([]);
    expect(message.allowed_mentions?.users).toBeUndefined();
  });
});

/** A click on a button of a message that holds one answer card and the given buttons. */
function clickOn(
  customId: string,
  buttons: readonly Record<string, unknown>[],
  options: { userId?: string; permissions?: bigint; ephemeral?: boolean } = {},
) {
  const click = button(customId, {
    ...(options.userId ? { userId: options.userId } : {}),
    ...(options.permissions ? { permissions: options.permissions } : {}),
  });
  return {
    ...click,
    message: {
      ...click.message,
      flags: options.ephemeral ? EPHEMERAL : 0,
      embeds: [
        { type: 'rich', title: 'Was Karabakh ever a colony?', description: 'The article argues…', color: 0x2b6cb0 },
      ],
      components: [{ type: 1, components: buttons }],
    },
  };
}

describe('moving answers between private and public', () => {
  it(
    'a private answer has "Post to channel"; posting makes it public with "Delete", and the private copy loses ' +
      'the button',
    async () => {
      const first = messageOf(
        await bot.reply(ask('was karabakh a colony', [{ name: 'public', type: 5, value: false }])),
      );
      expect(customIds(first)).toContain('cp1:post');
      const [posted, edited] = await bot.send(
        clickOn('cp1:post', [{ type: 2, style: 2, label: 'Post to channel', custom_id: 'cp1:post' }], {
          ephemeral: true,
        }),
        2,
      );
      expect(callbackType(posted)).toBe(4);
      const publicCopy = messageOf(posted);
      expect(publicCopy.flags).toBeUndefined();
      expect(publicCopy.embeds[0]?.title).toBe('Was Karabakh ever a colony?');
      expect(customIds(publicCopy)).toEqual(['cp1:delete:1600000000000000001']);
      expect(edited?.method).toBe('PATCH');
      expect(customIds(messageOf(edited))).toEqual([]);
    },
  );

  it('a public answer has "Delete"; its asker deletes it', async () => {
    const answer = messageOf(await bot.reply(ask('was karabakh a colony')));
    expect(customIds(answer)).toContain('cp1:delete:1600000000000000001');
    const [deferral, deletion] = await bot.send(
      clickOn('cp1:delete:1600000000000000001', [
        { type: 2, style: 2, label: 'Delete', custom_id: 'cp1:delete:1600000000000000001' },
      ]),
      2,
    );
    expect(callbackType(deferral)).toBe(6);
    expect(deletion).toMatchObject({ method: 'DELETE', path: expect.stringMatching(/\/messages\/@original$/) });
  });

  it('someone else may not delete it, politely; a member who may manage messages may', async () => {
    const refused = messageOf(
      (await bot.send(clickOn('cp1:delete:1600000000000000001', [], { userId: '1600000000000000008' })))[0],
    );
    expect(refused.flags).toBe(EPHEMERAL);
    expect(refused.embeds[0]?.title).toBe('Not yours to delete');
    expect(bot.rest.requests.some((r) => r.method === 'DELETE')).toBe(false);
    const [, deletion] = await bot.send(
      clickOn('cp1:delete:1600000000000000001', [], { userId: '1600000000000000008', permissions: 1n << 13n }),
      2,
    );
    expect(deletion?.method).toBe('DELETE');
  });
});
