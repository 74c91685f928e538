// "Post as reply" and "Post to channel" act once, even when pressed twice at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { ASKER, press, privateMessage, TARGET } from '../support/button-presses.ts';
import type { RecordedRequest } from '../support/fake-discord-rest.ts';
import { CHANNEL_ID, dispatch } from '../support/interactions.ts';
import { callbackType, EPHEMERAL, messageOf, postsInChannel } from '../support/payloads.ts';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startHarness();
});
afterEach(() => bot.stop());

const channelPosts = () => postsInChannel(bot.rest.requests);
const callbacks = (raws: Record<string, unknown>[]) =>
  raws.map((raw) => bot.rest.requests.find((r) => r.path.includes(`/interactions/${String(raw.id)}/`)));
/** Dispatches every press at once (all in flight together), and waits for each one's callback. */
async function pressTogether(...raws: Record<string, unknown>[]): Promise<RecordedRequest[]> {
  for (const raw of raws) dispatch(bot.client, raw);
  await vi.waitFor(() => expect(callbacks(raws).every(Boolean)).toBe(true), { timeout: 10_000, interval: 5 });
  return callbacks(raws).filter((r): r is RecordedRequest => r !== undefined);
}
/** What each press was told: the line over the message, else its embed's title. */
const titles = (requests: RecordedRequest[]) =>
  requests.map((r) => messageOf(r).content ?? messageOf(r).embeds[0]?.title);

describe('posting buttons act once', () => {
  it('"Post as reply" pressed twice at once posts one reply; the other press is told it is posted', async () => {
    const customId = `cp1:reply:${TARGET}`;
    const message = privateMessage('1300000000000000061', customId, 'Post as reply');
    const results = await pressTogether(press(customId, ASKER, message), press(customId, ASKER, message));
    expect(channelPosts()).toHaveLength(1);
    const already = results.filter((r) => messageOf(r).embeds[0]?.title === 'Already posted');
    expect(already).toHaveLength(1);
    expect(messageOf(already[0]).flags).toBe(EPHEMERAL);
    expect(titles(results).sort()).toEqual(['Already posted', 'Posted as a reply to the message.'].sort());
  });

  it('"Post to channel" pressed twice at once posts once in public; the other press is told privately', async () => {
    const message = privateMessage('1300000000000000062', 'cp1:post', 'Post to channel');
    const results = await pressTogether(press('cp1:post', ASKER, message), press('cp1:post', ASKER, message));
    const [publicPosts, notices] = [
      results.filter((r) => messageOf(r).flags === undefined),
      results.filter((r) => messageOf(r).flags === EPHEMERAL),
    ];
    expect(publicPosts).toHaveLength(1);
    expect(callbackType(publicPosts[0])).toBe(4);
    expect(messageOf(publicPosts[0]).embeds[0]?.title).toBe('Was Karabakh ever a colony?');
    expect(notices.map((r) => messageOf(r).embeds[0]?.title)).toEqual(['Already posted']);
  });

  it('a post that failed (the message is gone) can be tried again', async () => {
    const customId = `cp1:reply:${TARGET}`;
    const message = privateMessage('1300000000000000063', customId, 'Post as reply');
    bot.rest.override = (r) =>
      r.path.endsWith('/messages') && r.method === 'POST'
        ? { status: 404, json: { code: 10008, message: 'Unknown Message' } }
        : undefined;
    const [gone] = await pressTogether(press(customId, ASKER, message));
    expect(messageOf(gone).embeds[0]?.title).toBe('That message is gone');
    bot.rest.override = undefined;
    const [posted] = await bot.send(press(customId, ASKER, message));
    expect(posted?.path).toBe(`/api/v10/channels/${CHANNEL_ID}/messages`);
  });
});
