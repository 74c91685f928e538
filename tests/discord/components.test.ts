import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { button, select } from '../support/interactions.ts';
import { callbackType, customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startHarness();
});
afterAll(() => bot.stop());

describe('buttons and menus: state in the custom_id', () => {
  it('"Show passage" shows the cited paragraphs verbatim, only to whoever clicked', async () => {
    const [request] = await bot.send(button('cp1:passage:chiragov-effective-control'));
    expect(callbackType(request)).toBe(4);
    const message = messageOf(request);
    expect(message.flags).toBe(EPHEMERAL);
    const paragraphs = bot.store.current.knowledge.entryById.get('chiragov-effective-control')?.passages ?? [];
    expect(message.embeds).toHaveLength(3);
    message.embeds.forEach((embed, i) => {
      const p = paragraphs[i];
      expect(embed.description).toBe(`**¶${p?.number} · p. ${p?.page}**\n${p?.quotation ? '> ' : ''}${p?.text}`);
    });
    expect(message.embeds[0]?.title).toBe('§6 The Inadmissibility of Third-Party Interference');
    expect(message.embeds[2]?.footer?.text).toBe('AVİM Analysis 2020/33, ¶2–4, p. 8 (verbatim)');
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('"Other matches" lists the runner-ups, each pickable', async () => {
    const message = messageOf((await bot.send(button('cp1:others:armenians-as-settlers,conflict-origins')))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.title).toBe('Other matches');
    expect(message.embeds[0]?.description).toContain(
      '• **How did Armenians become a major group in the Caucasus?**\n  §2 Can the Karabakh Conflict be framed ' +
        'within the Colonial Paradigm? · ¶3 · p. 2',
    );
    expect(message.components[0]?.components.map((c) => c.label)).toEqual([
      'How did Armenians become a major group in the Caucasus?',
      'When and how did the Karabakh conflict begin?',
      'Post to channel',
    ]);
    expect(customIds(message)).toEqual([
      'cp1:answer:e:armenians-as-settlers',
      'cp1:answer:e:conflict-origins',
      'cp1:post',
    ]);
  });

  it('a suggestion button answers that entry, publicly when the question was public', async () => {
    const message = messageOf((await bot.send(button('cp1:answer:p:minsk-group-ineffective')))[0]);
    expect(message.flags).toBeUndefined();
    expect(message.embeds[0]?.title).toBe('Did the failure of the Minsk talks exhaust other remedies?');
    expect(message.embeds[0]?.description).toMatch(
      /^\*\*The other side argues:\*\* Nearly thirty years of fruitless OSCE Minsk Group talks/,
    );
  });

  it.each([
    ['an entry that no longer exists', 'cp1:passage:deleted-entry'],
    ['a format this version never made', 'v0:whatever'],
    ['a tampered id', 'cp1:answer:x:karabakh-not-a-colony'],
  ])('a stale button (%s) gets a polite ephemeral message', async (_, customId) => {
    const message = messageOf((await bot.send(button(customId)))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]).toMatchObject({
      title: 'This button has expired',
      description: expect.stringMatching(/Ask again with \/ask/),
    });
    expect(message.components).toEqual([]);
  });

  it('the /section menu answers the chosen topic', async () => {
    const message = messageOf((await bot.send(select('cp1:pick:e', ['voluntary-emigration'])))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.title).toBe('If Armenians leave Karabakh, is that ethnic cleansing?');
    expect(message.embeds[0]?.fields?.[0]).toEqual({
      name: 'Reference',
      value: '§3 The Armenian Argument for Remedial Secession · ¶12 · p. 5',
    });
  });
});
