// /ask and /insights are acknowledged (a type-5 deferral) before they wait on a store: a server's
// settings or the insights summary may be slow to come (a cold cache, a busy disk), and Discord
// drops an interaction not acknowledged within 3 seconds. The answer edits the deferral in after.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Insights } from '../../src/insights/insights.ts';
import type { ServerSettings, SettingsService } from '../../src/stores/settings.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import type { RecordedRequest } from '../support/fake-discord-rest.ts';
import { KeptLog } from '../support/insights-fixtures.ts';
import { ADMIN_PERMISSIONS, chatInput, dispatch } from '../support/interactions.ts';
import { callbackType, EPHEMERAL, messageOf } from '../support/payloads.ts';

/** Something that holds back whatever waits on it until the test opens it. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Settings from a store that answers only when the test opens its gate. */
function slowSettings(settings: ServerSettings, held = gate()): SettingsService & { readonly open: () => void } {
  return {
    get: async () => (await held.opened, settings),
    save: async () => false,
    unavailable: undefined,
    open: held.open,
  };
}

let bot: BotHarness;
afterEach(() => bot.stop());

const ask = (extra: Record<string, unknown>[] = []) =>
  chatInput('ask', [{ name: 'question', type: 3, value: 'was karabakh a colony?' }, ...extra]);
const sent = (before: number) => bot.rest.requests.slice(before);
const isEdit = (r: RecordedRequest) => r.method === 'PATCH' && r.path.endsWith('/messages/@original');

/** Dispatches, waits for the deferral, and checks that nothing else was sent while the store is held. */
async function deferredWhileHeld(raw: Record<string, unknown>): Promise<{ deferral: RecordedRequest; at: number }> {
  const before = bot.rest.requests.length;
  dispatch(bot.client, raw);
  await vi.waitFor(() => expect(sent(before).length).toBeGreaterThan(0), { timeout: 5_000, interval: 5 });
  // Held a while longer: still nothing but the acknowledgement.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const [deferral, ...rest] = sent(before);
  expect(rest).toEqual([]);
  if (!deferral) throw new Error('no deferral');
  expect(callbackType(deferral)).toBe(5);
  return { deferral, at: before };
}

describe('/ask is acknowledged before it waits on the settings store', () => {
  it('slow settings: deferred (privately, the safe default) within the budget, answered once they come', async () => {
    const settings = slowSettings({});
    bot = await startHarness({ settings });
    const { deferral, at } = await deferredWhileHeld(ask());
    expect(messageOf(deferral).flags).toBe(EPHEMERAL);
    settings.open();
    await vi.waitFor(() => expect(sent(at).some(isEdit)).toBe(true), { timeout: 5_000, interval: 5 });
    const answer = sent(at).find(isEdit);
    expect(sent(at).indexOf(deferral)).toBeLessThan(sent(at).indexOf(answer as RecordedRequest));
    expect(messageOf(answer).embeds[0]?.title).toBe('Was Karabakh ever a colony?');
  });

  it('slow settings and public:true: deferred in public, as the asker chose', async () => {
    const settings = slowSettings({});
    bot = await startHarness({ settings });
    const { deferral, at } = await deferredWhileHeld(ask([{ name: 'public', type: 5, value: true }]));
    expect(messageOf(deferral).flags ?? 0).toBe(0);
    settings.open();
    await vi.waitFor(() => expect(sent(at).some(isEdit)).toBe(true), { timeout: 5_000, interval: 5 });
    expect(messageOf(sent(at).find(isEdit)).embeds[0]?.title).toBe('Was Karabakh ever a colony?');
  });

  it("settings that come in time: deferred as the server's default says (private here)", async () => {
    const held = gate();
    held.open();
    bot = await startHarness({ settings: slowSettings({ visibility: 'ephemeral' }, held) });
    const [deferral, answer] = await bot.send(ask(), 2);
    expect(callbackType(deferral)).toBe(5);
    expect(messageOf(deferral).flags).toBe(EPHEMERAL);
    expect(answer && isEdit(answer)).toBe(true);
    expect(messageOf(answer).embeds[0]?.title).toBe('Was Karabakh ever a colony?');
  });
});

describe('/insights is acknowledged before it waits on the insights store', () => {
  it('a slow summary: deferred privately at once, the report edited in after', async () => {
    const insights = Insights.off(new KeptLog());
    const summary = insights.summary.bind(insights);
    const held = gate();
    vi.spyOn(insights, 'summary').mockImplementation(async (days, guildId) => {
      await held.opened;
      return summary(days, guildId);
    });
    bot = await startHarness({ insights });
    const { deferral, at } = await deferredWhileHeld(chatInput('insights', [], { permissions: ADMIN_PERMISSIONS }));
    expect(messageOf(deferral).flags).toBe(EPHEMERAL);
    held.open();
    await vi.waitFor(() => expect(sent(at).some(isEdit)).toBe(true), { timeout: 5_000, interval: 5 });
    // With INSIGHTS=off the summary says so: what matters is that it came after the deferral.
    expect(insights.summary).toHaveBeenCalledWith(7, expect.any(String));
    expect(messageOf(sent(at).find(isEdit)).embeds[0]?.title).toBe('Insights unavailable');
  });
});
