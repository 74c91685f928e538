// "Delete" trusts Discord's word for whose answer it is over what the button's custom id says.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import {
  ASKER,
  MANAGE_MESSAGES,
  OTHER,
  press,
  privateMessage,
  publicAnswer,
  TARGET,
} from '../support/button-presses.ts';
import type { RecordedRequest } from '../support/fake-discord-rest.ts';
import { callbackType, messageOf, postsInChannel } from '../support/payloads.ts';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startHarness();
});
afterEach(() => bot.stop());

const channelPosts = () => postsInChannel(bot.rest.requests);

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
