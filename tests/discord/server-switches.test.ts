import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../src/insights/open-services.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { KeptLog } from '../support/insights-fixtures.ts';
import { ADMIN_PERMISSIONS, button, CHANNEL_ID, chatInput, GUILD_ID } from '../support/interactions.ts';
import { BOT_USER, messageCreate } from '../support/message-payloads.ts';
import { customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

const MENTION = `<@${BOT_USER.id}>`;
const admin = { permissions: ADMIN_PERMISSIONS };
const setting = (name: string, value: boolean) => chatInput('settings', [{ name, type: 5, value }], admin);
const ask = (question: string, extra: Record<string, unknown>[] = []) =>
  chatInput('ask', [{ name: 'question', type: 3, value: question }, ...extra]);

let dir: string;
let services: Services;
let bot: BotHarness;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-switches-'));
  services = await openServices({ INSIGHTS: false, INSIGHTS_RETENTION_DAYS: 90, DATA_DIR: dir }, new KeptLog(), {
    settings: true,
  });
  bot = await startHarness({ insights: services.insights, settings: services.settings, config: { INSIGHTS: false } });
});
afterEach(async () => {
  await bot.stop();
  await services.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Requests a mention caused within a moment: none at all when it is ignored. */
async function afterMention(text: string) {
  const before = bot.rest.requests.length;
  (bot.client as unknown as { actions: { MessageCreate: { handle(d: unknown): void } } }).actions.MessageCreate.handle(
    messageCreate(`${MENTION} ${text}`, { mentions: [BOT_USER] }),
  );
  await sleep(300);
  return bot.rest.requests.slice(before);
}

describe('/settings mentions:', () => {
  it('off: mentions in the server are ignored, without a word; on again: answered', async () => {
    const saved = messageOf((await bot.send(setting('mentions', false)))[0]);
    expect(saved.embeds[0]?.description).toContain('**Mentions:** off, ignored');
    expect((await services.settings.get(GUILD_ID)).mentions).toBe(false);
    expect(await afterMention('was karabakh a colony?')).toEqual([]);

    await bot.send(setting('mentions', true));
    const answered = await afterMention('was karabakh a colony?');
    const post = answered.find((r) => r.method === 'POST' && r.path.endsWith(`/channels/${CHANNEL_ID}/messages`));
    expect(messageOf(post).embeds[0]?.title).toBe('Was Karabakh ever a colony?');
  });
});

describe('/settings public_answers:', () => {
  it('off: /ask answers are private even when public:True is asked for, and offer no "Post to channel"', async () => {
    const saved = messageOf((await bot.send(setting('public_answers', false)))[0]);
    expect(saved.embeds[0]?.description).toContain('**Answers to /ask:** only the asker sees them, always');
    expect(saved.embeds[0]?.description).toContain('**Public answers:** off');

    for (const extra of [[], [{ name: 'public', type: 5, value: true }]]) {
      const answer = messageOf(await bot.reply(ask('was karabakh a colony?', extra)));
      expect(answer.embeds[0]?.title).toBe('Was Karabakh ever a colony?');
      expect(answer.flags).toBe(EPHEMERAL);
      expect(customIds(answer)).not.toContain('cp1:post');
    }
  });

  it('off: a topic picked from a public message is answered privately, and "Post to channel" is refused', async () => {
    await bot.send(setting('public_answers', false));
    const picked = messageOf(await bot.reply(button('cp1:answer:p:karabakh-not-a-colony')));
    expect(picked.embeds[0]?.title).toBe('Was Karabakh ever a colony?');
    expect(picked.flags).toBe(EPHEMERAL);

    const press = button('cp1:post');
    const refused = messageOf((await bot.send({ ...press, message: { ...press.message, flags: EPHEMERAL } }))[0]);
    expect(refused.embeds[0]?.title).toBe('Answers stay private here');
    expect(refused.flags).toBe(EPHEMERAL);
  });

  it('on (the default): public:True is public', async () => {
    const answer = messageOf(
      await bot.reply(ask('was karabakh a colony?', [{ name: 'public', type: 5, value: true }])),
    );
    expect(answer.flags ?? 0).toBe(0);
  });
});
