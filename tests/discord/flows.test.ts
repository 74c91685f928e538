import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticKnowledge } from '../../scripts/synthetic-kb.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { button, chatInput, select } from '../support/interactions.ts';
import { callbackType, customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

/** A click on a control of a private message that holds the given rows. */
function onPrivate<T extends { message: Record<string, unknown> }>(
  raw: T,
  rows: readonly Record<string, unknown>[],
): T {
  return {
    ...raw,
    message: {
      ...raw.message,
      flags: EPHEMERAL,
      embeds: [{ type: 'rich', title: 'Not clearly addressed by the article', color: 0 }],
      components: rows,
    },
  };
}
const suggestionRow = {
  type: 1,
  components: [
    {
      type: 2,
      style: 2,
      label: 'Did the failure of the Minsk talks exhaust other remedies?',
      custom_id: 'cp1:answer:p:minsk-group-ineffective',
    },
    { type: 2, style: 2, label: 'Post to channel', custom_id: 'cp1:post' },
  ],
};

describe('flows without loose ends', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startHarness({ config: { ASK_COOLDOWN_SECONDS: 60 } });
  });
  afterAll(() => bot.stop());

  it(
    'a suggestion picked on a private notice is posted publicly, and the notice shows the choice made (buttons ' +
      'disabled)',
    async () => {
      const [posted, edited] = await bot.send(
        onPrivate(button('cp1:answer:p:minsk-group-ineffective', { userId: '1600000000000000041' }), [suggestionRow]),
        2,
      );
      expect(callbackType(posted)).toBe(4);
      expect(messageOf(posted).flags).toBeUndefined();
      expect(messageOf(posted).embeds[0]?.title).toBe('Did the failure of the Minsk talks exhaust other remedies?');
      expect(edited?.method).toBe('PATCH');
      const disabled = (edited?.body as { components: { components: { disabled?: boolean }[] }[] }).components[0]
        ?.components;
      expect(disabled?.map((c) => c.disabled)).toEqual([true, true]);
    },
  );

  it('a second public post at once is within the /ask cooldown', async () => {
    const [again] = await bot.send(
      onPrivate(button('cp1:answer:p:minsk-group-ineffective', { userId: '1600000000000000041' }), [suggestionRow]),
    );
    expect(messageOf(again).flags).toBe(EPHEMERAL);
    expect(messageOf(again).embeds[0]?.title).toBe('One moment');
  });

  it('a topic picked from a private /section menu replaces the message, the menu kept to pick another', async () => {
    const section = messageOf((await bot.send(chatInput('section', [{ name: 'number', type: 4, value: 2 }])))[0]);
    const menu = section.components[0];
    const [update] = await bot.send(
      onPrivate(select('cp1:pick:e', ['karabakh-not-a-colony']), [
        { ...menu, components: (menu?.components ?? []).map((c) => ({ ...c })) },
      ]),
    );
    expect(callbackType(update)).toBe(7);
    const replaced = messageOf(update);
    expect(replaced.embeds[0]?.title).toBe('Was Karabakh ever a colony?');
    expect(customIds(replaced).at(-1)).toBe('cp1:pick:e');
  });
});

describe('/section with more topics than a menu holds', () => {
  let bot: BotHarness;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-pages-'));
    await writeSyntheticKnowledge(dir, { entries: 480, sources: 1 }); // 60 topics a section
    bot = await startHarness({ knowledgeDir: dir });
  });
  afterAll(async () => {
    await bot.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('pages through 25 at a time with Next and Previous, saying which topics each page holds', async () => {
    const first = messageOf((await bot.send(chatInput('section', [{ name: 'number', type: 4, value: 1 }])))[0]);
    expect(first.embeds[0]?.description).toMatch(
      /\*\*Claims it responds to: 60\.\*\* Pick one below \(topics 1–25 of 60\)\.$/,
    );
    expect(first.components[0]?.components[0]?.options).toHaveLength(25);
    expect(first.components[1]?.components.map((c) => [c.label, c.custom_id])).toEqual([
      ['Next', 'cp1:sec:e:1:1:synthetic-001'],
    ]);
    const [second] = await bot.send(onPrivate(button('cp1:sec:e:1:1:synthetic-001'), []));
    expect(callbackType(second)).toBe(7);
    expect(messageOf(second).embeds[0]?.description).toMatch(/\(topics 26–50 of 60\)\.$/);
    expect(messageOf(second).components[1]?.components.map((c) => c.label)).toEqual(['Previous', 'Next']);
    const [third] = await bot.send(onPrivate(button('cp1:sec:e:1:2:synthetic-001'), []));
    expect(messageOf(third).embeds[0]?.description).toMatch(/\(topics 51–60 of 60\)\.$/);
    expect(messageOf(third).components[0]?.components[0]?.options).toHaveLength(10);
    expect(messageOf(third).components[1]?.components.map((c) => c.label)).toEqual(['Previous']);
  });
});
