// "Post as reply", the button on a private counter ("Counter with the article") that posts it in
// public as a reply to the message it counters.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { APP_ID, button, CHANNEL_ID } from '../support/interactions.ts';
import { callbackType, customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startHarness({ config: { ASK_COOLDOWN_SECONDS: 60 } });
});
afterEach(() => bot.stop());

/** A click on "Post as reply" on the private counter, which carries its embeds as Discord returns them. */
function postAsReply(targetId: string, userId?: string) {
  const click = button(`cp1:reply:${targetId}`, userId ? { userId } : {});
  const embeds = [
    {
      type: 'rich',
      title: 'Was Karabakh ever a colony?',
      description: '**In the message:** “Karabakh was a colony”',
      color: 0x2b6cb0,
    },
  ];
  const components = [
    {
      type: 1,
      components: [
        { type: 2, style: 1, label: 'Post as reply', custom_id: `cp1:reply:${targetId}` },
        { type: 2, style: 5, label: 'Read the article', url: 'https://www.avim.org.tr/en/Analiz/x' },
      ],
    },
  ];
  return { ...click, message: { ...click.message, flags: EPHEMERAL, embeds, components, application_id: APP_ID } };
}

describe('"Post as reply"', () => {
  it('posts the counter publicly as a reply to the message, pinging nobody, once', async () => {
    const [post, update] = await bot.send(postAsReply('1700000000000000042'), 2);
    expect(post).toMatchObject({ method: 'POST', path: `/api/v10/channels/${CHANNEL_ID}/messages` });
    const posted = messageOf(post);
    expect(posted.message_reference).toEqual({
      message_id: '1700000000000000042',
      channel_id: CHANNEL_ID,
      fail_if_not_exists: true,
    });
    expect(posted.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(posted.flags).toBeUndefined();
    expect(posted.embeds[0]?.title).toBe('Was Karabakh ever a colony?');
    expect(customIds(posted)).toEqual(['cp1:delete:1600000000000000001']);
    // The private copy loses its button.
    expect(callbackType(update)).toBe(7);
    expect(messageOf(update).content).toBe('Posted as a reply to the message.');
    expect(customIds(messageOf(update))).toEqual([]);
  });

  it('says so when the message has been deleted in the meantime', async () => {
    bot.rest.override = (r) =>
      r.method === 'POST' && r.path.endsWith('/messages')
        ? {
            status: 400,
            json: {
              code: 50035,
              message: 'Invalid Form Body',
              errors: {
                message_reference: { _errors: [{ code: 'REPLIES_UNKNOWN_MESSAGE', message: 'Unknown message' }] },
              },
            },
          }
        : undefined;
    const [, reply] = await bot.send(postAsReply('1700000000000000043'), 2);
    expect(messageOf(reply).flags).toBe(EPHEMERAL);
    expect(messageOf(reply).embeds[0]?.title).toBe('That message is gone');
  });

  it('is within the /ask cooldown: a second post at once is asked to wait', async () => {
    await bot.send(postAsReply('1700000000000000044'), 2);
    const [again] = await bot.send(postAsReply('1700000000000000045'));
    expect(again?.path).toMatch(/\/callback$/);
    expect(messageOf(again).embeds[0]?.title).toBe('One moment');
    expect(bot.rest.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'))).toHaveLength(1);
  });
});
