import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { autocomplete, chatInput } from '../support/interactions.ts';
import { messageOf } from '../support/payloads.ts';

// COMMAND_PREFIX=cp-: Discord sends /cp-help as the command name "cp-help"; the router must find
// /help's handler under it, and /help must name the other commands as they were registered.
const ASK_ID = '1700000000000000001';
let bot: BotHarness;
beforeAll(async () => {
  bot = await startHarness({ config: { COMMAND_PREFIX: 'cp-' }, commandIds: new Map([['cp-ask', ASK_ID]]) });
});
afterAll(() => bot.stop());

describe('commands under COMMAND_PREFIX', () => {
  it('/cp-help is routed to /help, which names the commands with the prefix', async () => {
    const [embed] = messageOf((await bot.send(chatInput('cp-help')))[0]).embeds;
    expect(embed?.title).toBe('Counterpoint: how to ask');
    const fields = JSON.stringify(embed?.fields);
    // Clickable where Discord gave the id, plain otherwise; never the bare name another bot may own.
    expect(fields).toContain(`</cp-ask:${ASK_ID}>`);
    expect(fields).toContain('/cp-section');
    expect(fields).toContain('/cp-source');
    expect(fields).not.toMatch(/[^-]\/(ask|section|source)\b/);
  });

  it('/cp-ask answers and completes under its prefixed name', async () => {
    const answer = messageOf(await bot.reply(chatInput('cp-ask', [{ name: 'question', type: 3, value: 'colony' }])));
    expect(answer.embeds[0]?.title).toMatch(/colon/i);
    // /ask's own completion (the router answers a name it does not know with no choices).
    const [choices] = await bot.send(autocomplete('cp-ask', 'question', 'colony'));
    expect(choices?.body).toMatchObject({ type: 8, data: { choices: expect.arrayContaining([expect.anything()]) } });
  });

  it('the bare name is not ours here: "Unknown command", said plainly', async () => {
    const [embed] = messageOf((await bot.send(chatInput('help')))[0]).embeds;
    expect(embed?.title).toBe('Unknown command');
  });
});
