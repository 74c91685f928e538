import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { longDate } from '../../src/text/dates.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { ADMIN_PERMISSIONS, chatInput, GUILD_ID } from '../support/interactions.ts';
import { tempInsights, type TempInsights } from '../support/insights-fixtures.ts';
import { EPHEMERAL, messageOf } from '../support/payloads.ts';

let bot: BotHarness;
let temp: TempInsights;
beforeEach(async () => {
  temp = await tempInsights(true);
  const { insights, settings, forgetting } = temp;
  bot = await startHarness({ insights, settings, forgetting, config: { INSIGHTS: true, INSIGHTS_RETENTION_DAYS: 30 } });
});
afterEach(async () => {
  await bot.stop();
  await temp.dispose();
});

const ME = '1600000000000000011';
const SOMEONE = '1600000000000000012';
const ask = (question: string, userId: string) =>
  chatInput('ask', [{ name: 'question', type: 3, value: question }], { userId });
const privacy = (sub: string, options: Record<string, unknown>[] = [], sender = {}) =>
  chatInput('privacy', [{ name: sub, type: 1, options }], sender);
/** The reply to a deferred command: the edit of the original response. */
const finalReply = async (raw: Record<string, unknown>) => {
  const [deferred, edited] = await bot.send(raw, 2);
  expect(deferred?.body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
  return messageOf(edited);
};
async function bytesOnDisk(): Promise<string> {
  const file = path.join(temp.dir, DATABASE_FILE);
  const parts = [file, `${file}-wal`].filter((f) => existsSync(f));
  return (await Promise.all(parts.map((f) => readFile(f, 'latin1')))).join('');
}

describe('/privacy through discord.js', () => {
  it('info says what is kept and for how long, privately', async () => {
    const info = await finalReply(privacy('info'));
    expect(info.embeds[0]?.title).toBe('Privacy');
    expect(info.embeds[0]?.description).toContain('for 30 days');
    expect(info.embeds[0]?.description).toContain('/privacy forget-me');
  });

  it('forget-me deletes the member’s own questions, in every byte of the file, and no one else’s', async () => {
    // Acknowledged first, then answered: the second request is the answer, recorded by then.
    await bot.send(ask('zanzibar quokka, was karabakh a colony?', ME), 2);
    await bot.send(ask('someone else: was karabakh a colony?', SOMEONE), 2);
    await temp.insights.flush();
    expect(await bytesOnDisk()).toContain('zanzibar quokka');
    const done = await finalReply(privacy('forget-me', [], { userId: ME }));
    expect(done.embeds[0]).toMatchObject({
      title: 'Deleted',
      description:
        'Deleted your questions and votes in every server and DM: 1 question. ' +
        'Nothing of it is left in the database file.',
    });
    const bytes = await bytesOnDisk();
    expect(bytes).not.toContain('zanzibar quokka');
    expect(bytes).toContain('someone else');
    expect((await temp.insights.summary(1, GUILD_ID))?.asked).toBe(1);
  });

  it('forget-server: refused without Manage Server; asks to confirm; then deletes the server’s data', async () => {
    // An answered question: a deferral, then its edit (a refusal would take a third request).
    await bot.send(ask('zanzibar quokka: was karabakh a colony, in this server?', ME), 2);
    await temp.insights.flush();
    const refused = await finalReply(privacy('forget-server', [{ name: 'confirm', type: 5, value: true }]));
    expect(refused.embeds[0]?.title).toBe('Not allowed');
    expect(refused.embeds[0]?.description).toBe(
      'Only members with Manage Server can use /privacy forget-server. Nothing was deleted.',
    );
    const admin = { permissions: ADMIN_PERMISSIONS };
    await bot.send(chatInput('settings', [{ name: 'cooldown', type: 10, value: 9 }], admin));
    const unconfirmed = await finalReply(privacy('forget-server', [], admin));
    expect(unconfirmed.embeds[0]?.title).toBe('Nothing deleted yet');
    const today = longDate(new Date().toISOString().slice(0, 10));
    expect(unconfirmed.embeds[0]?.description?.split('\n').slice(0, 5)).toEqual([
      '**Kept for this server:**',
      `• 1 question (1 with their text), the oldest from ${today}`,
      '• 0 votes',
      '• its own /settings',
      '• 0 reloads run from it',
    ]);
    expect(await bytesOnDisk()).toContain('zanzibar quokka');
    const done = await finalReply(privacy('forget-server', [{ name: 'confirm', type: 5, value: true }], admin));
    expect(done.embeds[0]?.description).toMatch(
      /^Deleted this server’s questions, votes, settings and reloads: 1 question\./,
    );
    expect(await bytesOnDisk()).not.toContain('zanzibar quokka');
    const after = await finalReply(privacy('forget-server', [], admin));
    expect(after.embeds[0]?.description).toContain('• 0 questions (0 with their text)\n');
    expect(after.embeds[0]?.description).toContain('• no settings of its own');
  });
});
