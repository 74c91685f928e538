import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { ADMIN_PERMISSIONS, autocomplete, button, chatInput } from '../support/interactions.ts';
import { messageOf } from '../support/payloads.ts';
import { confirmForgetServerReply, privacyInfoReply } from '../../src/replies/privacy-replies.ts';

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

  it('every other reply names the commands as registered: an expired button, /cp-settings, /cp-privacy', async () => {
    const bare = /(^|[^-\w])\/(ask|section|source|settings|insights|privacy|sor|bölüm)\b/;
    const stale = messageOf((await bot.send(button('cp1:a:no-such-entry:p')))[0]).embeds[0]?.description ?? '';
    expect(stale).toContain('/cp-ask');
    expect(stale).toContain('/cp-section');
    expect(stale).not.toMatch(bare);
    // A Turkish client shows the commands under their Turkish names, after the prefix.
    const turkish = messageOf((await bot.send(button('cp1:a:no-such-entry:p', { locale: 'tr' })))[0]);
    expect(turkish.embeds[0]?.description).toContain('/cp-sor');
    expect(turkish.embeds[0]?.description).toContain('/cp-bölüm');
    // The core's own replies too: a question in Russian is told to ask in English, and where to browse.
    const russian = [{ name: 'question', type: 3, value: 'Карабах всегда был армянской землёй' }];
    const told = messageOf(await bot.reply(chatInput('cp-ask', russian))).embeds[0]?.description ?? '';
    expect(told).toContain('/cp-section');
    expect(told).not.toMatch(bare);
    const admin = { permissions: ADMIN_PERMISSIONS };
    const settings = messageOf((await bot.send(chatInput('cp-settings', [], admin)))[0]).embeds[0]?.description ?? '';
    expect(settings).toContain('**Answers to /cp-ask:**');
    expect(settings).not.toMatch(bare);
    // /privacy's texts (pure replies; the command itself is tested through Discord in privacy-command.test.ts).
    const facts = { INSIGHTS: true, INSIGHTS_RETENTION_DAYS: 30, COMMAND_PREFIX: 'cp-' };
    const privacy = privacyInfoReply(facts).cards[0]?.description ?? '';
    expect(privacy).toContain('`/cp-privacy forget-me`');
    expect(privacy).not.toMatch(bare);
    const kept = {
      kind: 'kept',
      questions: 1,
      withText: 1,
      votes: 0,
      oldest: undefined,
      settings: true,
      reloads: 0,
    } as const;
    const confirm = confirmForgetServerReply(kept, 'cp-').cards[0]?.description ?? '';
    expect(confirm).toContain('`/cp-privacy forget-server confirm:True`');
    expect(confirm).toContain('its own /cp-settings');
    expect(confirm).not.toMatch(bare);
  });
});
