// The server's /settings cooldown holds on every surface that posts in public: /ask, a public
// suggestion, "Post to channel", a mention. Private clicks (a private pick, a passage, a vote)
// are never held up: they post nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openServices, type Services } from '../../src/insights/open-services.ts';
import { encodeControl } from '../../src/replies/custom-id.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { KeptLog } from '../support/insights-fixtures.ts';
import { ADMIN_PERMISSIONS, button, chatInput } from '../support/interactions.ts';
import { BOT_USER, dispatchMessage, messageCreate } from '../support/message-payloads.ts';
import { callbackType, EPHEMERAL, messageOf } from '../support/payloads.ts';

const MEMBER = '1600000000000000051';
const as = { userId: MEMBER };
const ENTRY = 'karabakh-not-a-colony';

let dir: string;
let services: Services;
let bot: BotHarness;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-button-cooldown-'));
  services = await openServices({ INSIGHTS: false, INSIGHTS_RETENTION_DAYS: 90, DATA_DIR: dir }, new KeptLog(), {
    settings: true,
  });
  // No cooldown from the environment: whatever holds a member back is the server's own setting.
  bot = await startHarness({ settings: services.settings, config: { INSIGHTS: false, ASK_COOLDOWN_SECONDS: 0 } });
  const saved = messageOf(
    (
      await bot.send(
        chatInput('settings', [{ name: 'cooldown', type: 10, value: 60 }], { permissions: ADMIN_PERMISSIONS }),
      )
    )[0],
  );
  expect(saved.embeds[0]?.title).toBe('Settings saved');
});
afterEach(async () => {
  await bot.stop();
  await services.stop();
  await rm(dir, { recursive: true, force: true });
});

const title = async (raw: Record<string, unknown>) => messageOf(await bot.reply(raw)).embeds[0]?.title;

describe('the server cooldown on every button', () => {
  it('after /ask, a public suggestion and "Post to channel" wait; private clicks do not', async () => {
    expect(await title(chatInput('ask', [{ name: 'question', type: 3, value: 'was karabakh a colony?' }], as))).toBe(
      'Was Karabakh ever a colony?',
    );
    expect(await title(button(encodeControl({ action: 'answer', id: ENTRY, visibility: 'public' }), as))).toBe(
      'One moment',
    );
    const post = messageOf((await bot.send(button(encodeControl({ action: 'post' }), as)))[0]);
    expect(post.embeds[0]?.title).toBe('One moment');
    expect(post.flags).toBe(EPHEMERAL);
    expect(await title(button(encodeControl({ action: 'answer', id: ENTRY, visibility: 'ephemeral' }), as))).toBe(
      'Was Karabakh ever a colony?',
    );
    expect(await title(button(encodeControl({ action: 'passage', id: ENTRY }), as))).not.toBe('One moment');
  });

  it('family by family: knowledge and channel posts wait; votes, /insights periods and Delete do not', async () => {
    expect(await title(chatInput('ask', [{ name: 'question', type: 3, value: 'was karabakh a colony?' }], as))).toBe(
      'Was Karabakh ever a colony?',
    );
    // Knowledge: a public answer picked by name, and a public page of topics.
    expect(await title(button(encodeControl({ action: 'answer', id: ENTRY, visibility: 'public' }), as))).toBe(
      'One moment',
    );
    // Channel: "Post as reply" and "Post to channel" post in public.
    expect(await title(button(encodeControl({ action: 'reply', messageId: '1700000000000000051' }), as))).toBe(
      'One moment',
    );
    expect(await title(button(encodeControl({ action: 'post' }), as))).toBe('One moment');
    // Votes and /insights' period switch post nothing in public: answered at once, privately.
    expect(await title(button(encodeControl({ action: 'vote', id: ENTRY, helpful: true }), as))).toBe(
      'Vote not recorded',
    );
    const period = button(encodeControl({ action: 'insights', days: 30 }), { ...as, permissions: ADMIN_PERMISSIONS });
    expect(await title(period)).toBe('Insights unavailable');
    // Delete takes something away: never held up.
    const [deferral] = await bot.send(button(encodeControl({ action: 'delete', askerId: MEMBER }), as));
    expect(callbackType(deferral)).toBe(6);
  });

  it('a public suggestion first holds up the next /ask, and another member is not held up', async () => {
    expect(await title(button(encodeControl({ action: 'answer', id: ENTRY, visibility: 'public' }), as))).toBe(
      'Was Karabakh ever a colony?',
    );
    expect(await title(chatInput('ask', [{ name: 'question', type: 3, value: 'minsk group' }], as))).toBe('One moment');
    expect(await title(chatInput('ask', [{ name: 'question', type: 3, value: 'was karabakh a colony?' }]))).toBe(
      'Was Karabakh ever a colony?',
    );
  });

  it('a mention is under the same cooldown as /ask: not answered while it runs, only marked ⏳', async () => {
    expect(await title(chatInput('ask', [{ name: 'question', type: 3, value: 'was karabakh a colony?' }], as))).toBe(
      'Was Karabakh ever a colony?',
    );
    const before = bot.rest.requests.length;
    const author = { id: MEMBER, username: 'member', discriminator: '0', avatar: null };
    const raw = messageCreate(`<@${BOT_USER.id}> was karabakh a colony?`, { mentions: [BOT_USER], author });
    dispatchMessage(bot.client, raw);
    await vi.waitFor(() => expect(bot.logs.some((l) => l.msg === 'mention ignored: cooldown')).toBe(true));
    await vi.waitFor(() => expect(bot.rest.requests.length).toBe(before + 1));
    const [reaction] = bot.rest.requests.slice(before);
    expect([reaction?.method, decodeURIComponent(reaction?.path ?? '')]).toEqual([
      'PUT',
      `/api/v10/channels/${raw.channel_id}/messages/${raw.id}/reactions/⏳/@me`,
    ]);
  });

  it("/help tells the server's own cooldown, not the default", async () => {
    const help = messageOf((await bot.send(chatInput('help', [], as)))[0]);
    const ask = help.embeds[0]?.fields?.find((f) => f.name === 'Ask');
    expect(ask?.value).toContain('One question every 60 seconds each.');
  });
});
