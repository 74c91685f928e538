// Gateway events discord.js cannot read are logged and skipped: the bot neither crashes (an
// unhandled rejection ends a Node process) nor stops answering. Fed through a stand-in gateway
// into the real, logged-in client, as Discord would send them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startInProcess, type InProcessBot } from '../support/in-process-bot.ts';
import { button, chatInput } from '../support/interactions.ts';
import { messageCreate } from '../support/message-payloads.ts';
import { messageOf } from '../support/payloads.ts';
import { startStandInDiscord, type StandInDiscord } from '../support/stand-in-discord.ts';

const SKIPPED = 'gateway event skipped: discord.js could not read it';
const QUESTION = 'was karabakh a colony?';

let discord: StandInDiscord;
let bot: InProcessBot;
const failures: unknown[] = [];
const keep = (error: unknown) => failures.push(error);
beforeEach(async () => {
  failures.length = 0;
  process.on('unhandledRejection', keep);
  process.on('uncaughtException', keep);
  discord = await startStandInDiscord();
  bot = await startInProcess(discord);
});
afterEach(async () => {
  process.off('unhandledRejection', keep);
  process.off('uncaughtException', keep);
  await bot.stop();
  await discord.stop();
});

const ask = () => chatInput('ask', [{ name: 'question', type: 3, value: QUESTION }]);
/** Payloads each of which made discord.js throw while building its objects. */
const UNREADABLE: [string, string, unknown][] = [
  ['a null interaction', 'INTERACTION_CREATE', null],
  ['an interaction without entitlements', 'INTERACTION_CREATE', { ...ask(), entitlements: undefined }],
  ['one without integration owners', 'INTERACTION_CREATE', { ...ask(), authorizing_integration_owners: undefined }],
  ['a command without data', 'INTERACTION_CREATE', { ...ask(), data: undefined }],
  ['options that are not a list', 'INTERACTION_CREATE', { ...ask(), data: { name: 'ask', type: 1, options: 'x' } }],
  ['a member without a user', 'INTERACTION_CREATE', { ...ask(), member: { user: null } }],
  ['neither member nor user', 'INTERACTION_CREATE', { ...ask(), member: undefined, user: undefined }],
  ['a button without its message', 'INTERACTION_CREATE', { ...button('cp1:post'), message: undefined }],
];
/** Payloads discord.js drops on its own; they must stay harmless. */
const IGNORED: [string, string, unknown][] = [
  ['an empty interaction', 'INTERACTION_CREATE', {}],
  ['an unknown interaction type', 'INTERACTION_CREATE', { ...ask(), type: 99 }],
  ['an empty message', 'MESSAGE_CREATE', {}],
  ['a message without an author', 'MESSAGE_CREATE', { ...messageCreate(QUESTION), author: undefined }],
  ['a message with mentions that are not a list', 'MESSAGE_CREATE', { ...messageCreate(QUESTION), mentions: 'x' }],
  ['an empty guild', 'GUILD_CREATE', {}],
];

describe('malformed gateway payloads', () => {
  it('are logged by event name and skipped; the next /ask is answered', async () => {
    for (const [, t, d] of [...UNREADABLE, ...IGNORED]) discord.gateway.dispatch(t, d);
    await vi.waitFor(() => expect(bot.logs.filter((l) => l.msg === SKIPPED)).toHaveLength(UNREADABLE.length), {
      timeout: 10_000,
      interval: 20,
    });
    const skipped = bot.logs.filter((l) => l.msg === SKIPPED);
    expect(skipped.map((l) => [l.level, l.event])).toEqual(UNREADABLE.map(() => [40, 'INTERACTION_CREATE']));
    // The event's name and the error: nothing of the payload, nothing a user wrote.
    expect(JSON.stringify(skipped)).not.toMatch(/karabakh|1600000000000000001|token-/);

    const before = discord.rest.requests.length;
    discord.gateway.dispatch('INTERACTION_CREATE', ask());
    await vi.waitFor(
      () => {
        const sent = discord.rest.requests.slice(before).filter((r) => r.method !== 'GET');
        const answer = sent.map(messageOf).find((m) => m.embeds.length > 0);
        expect(answer?.embeds[0]?.title).toBe('Was Karabakh ever a colony?');
      },
      { timeout: 10_000, interval: 20 },
    );
    expect(failures).toEqual([]);
  });
});
