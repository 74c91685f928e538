// "Post as reply" and "Post to channel" act once, even when pressed twice at once; "Delete" trusts
// Discord's word for whose answer it is over what the button's custom id says.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import type { RecordedRequest } from '../support/fake-discord-rest.ts';
import { APP_ID, button, CHANNEL_ID, dispatch } from '../support/interactions.ts';
import { memberUser } from '../support/message-payloads.ts';
import { callbackType, EPHEMERAL, messageOf } from '../support/payloads.ts';

const ASKER = '1600000000000000061';
const OTHER = '1600000000000000062';
const MANAGE_MESSAGES = 1n << 13n;
const TARGET = '1700000000000000061';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startHarness();
});
afterEach(() => bot.stop());

const EMBEDS = [{ type: 'rich', title: 'Was Karabakh ever a colony?', description: 'The answer.', color: 0x2b6cb0 }];
const rowOf = (customId: string, label: string) => [
  { type: 1, components: [{ type: 2, style: 1, label, custom_id: customId }] },
];

/** A press on `customId` by `userId`, on a message with those fields (the same message for presses alike). */
function press(customId: string, userId: string, message: Record<string, unknown>, permissions = 0n) {
  const click = button(customId, { userId, permissions });
  return { ...click, message: { ...click.message, ...message } };
}
/** The private message a "Post …" button sits on. */
const privateMessage = (id: string, customId: string, label: string) => ({
  id,
  flags: EPHEMERAL,
  embeds: EMBEDS,
  components: rowOf(customId, label),
  application_id: APP_ID,
});
/** A public answer with "Delete", sent in reply to an interaction by `invoker` (Discord's metadata), or not. */
const publicAnswer = (id: string, customId: string, invoker?: string) => ({
  id,
  embeds: EMBEDS,
  components: rowOf(customId, 'Delete'),
  ...(invoker
    ? {
        interaction_metadata: {
          id: '1800000000000000001',
          type: 2,
          user: memberUser(invoker),
          authorizing_integration_owners: {},
        },
      }
    : {}),
});

const channelPosts = () =>
  bot.rest.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`);
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

describe('"Delete" asks Discord whose answer it is', () => {
  const deleted = (requests: RecordedRequest[]) => requests.some((r) => r.method === 'DELETE');
  const refusal = async (raw: Record<string, unknown>) => messageOf(await bot.reply(raw)).embeds[0]?.title;

  it("a forged custom id naming the presser is refused when the answer's metadata names someone else", async () => {
    const forged = press(
      `cp1:delete:${OTHER}`,
      OTHER,
      publicAnswer('1300000000000000071', `cp1:delete:${OTHER}`, ASKER),
    );
    expect(await refusal(forged)).toBe('Not yours to delete');
    expect(deleted(bot.rest.requests)).toBe(false);
  });

  it('the invoker the metadata names deletes it, whatever the custom id says', async () => {
    const raw = press(`cp1:delete:${OTHER}`, ASKER, publicAnswer('1300000000000000072', `cp1:delete:${OTHER}`, ASKER));
    const [deferral, deletion] = await bot.send(raw, 2);
    expect(callbackType(deferral)).toBe(6);
    expect(deletion).toMatchObject({ method: 'DELETE', path: expect.stringMatching(/\/messages\/@original$/) });
  });

  it('a reply the bot posted ("Post as reply") is its poster\'s, as remembered, not the custom id\'s', async () => {
    const customId = `cp1:reply:${TARGET}`;
    await bot.send(press(customId, ASKER, privateMessage('1300000000000000073', customId, 'Post as reply')), 2);
    const [posted] = channelPosts();
    expect(posted).toBeDefined();
    // The stand-in names every message it creates 1300000000000000001.
    const reply = (by: string, named: string) =>
      press(`cp1:delete:${named}`, by, publicAnswer('1300000000000000001', `cp1:delete:${named}`));
    expect(await refusal(reply(OTHER, OTHER))).toBe('Not yours to delete');
    const [, deletion] = await bot.send(reply(ASKER, ASKER), 2);
    expect(deletion?.method).toBe('DELETE');
  });

  it('with neither metadata nor a record (a post from before a restart), the custom id decides', async () => {
    const unknown = (by: string) =>
      press(`cp1:delete:${ASKER}`, by, publicAnswer('1300000000000000074', `cp1:delete:${ASKER}`));
    expect(await refusal(unknown(OTHER))).toBe('Not yours to delete');
    const [, deletion] = await bot.send(unknown(ASKER), 2);
    expect(deletion?.method).toBe('DELETE');
  });

  it('a member with Manage Messages may always delete', async () => {
    const raw = press(
      `cp1:delete:${ASKER}`,
      OTHER,
      publicAnswer('1300000000000000075', `cp1:delete:${ASKER}`, ASKER),
      MANAGE_MESSAGES,
    );
    const [, deletion] = await bot.send(raw, 2);
    expect(deletion?.method).toBe('DELETE');
  });
});
