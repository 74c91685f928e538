import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/text/i18n/catalogues.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { tempInsights } from '../support/insights-fixtures.ts';
import { ADMIN_PERMISSIONS, button, chatInput } from '../support/interactions.ts';
import { messageOf, type MessageData } from '../support/payloads.ts';

const { en, tr, ru, hy } = CATALOGUES;
const admin = { permissions: ADMIN_PERMISSIONS };
const ask = (question: string, locale: string) =>
  chatInput('ask', [{ name: 'question', type: 3, value: question }], { locale });
const labels = (message: MessageData) =>
  (message.components ?? []).flatMap((row) => row.components.map((c) => ('label' in c ? c.label : undefined)));

let bot: BotHarness;
let dispose: () => Promise<void>;
beforeEach(async () => {
  const kept = await tempInsights(true);
  dispose = kept.dispose;
  bot = await startHarness({ insights: kept.insights, settings: kept.settings, config: { INSIGHTS: true } });
});
afterEach(async () => {
  await bot.stop();
  await dispose();
});

describe('replies in the member’s language, the article in English', () => {
  it('a Turkish client gets Turkish labels and buttons around the English argument and quote', async () => {
    const message = messageOf(
      await bot.reply(ask('why did the armenian share of karabakh fall in soviet times', 'tr')),
    );
    const entry = bot.store.current.knowledge.entryById.get('soviet-population-decline');
    const embed = message.embeds[0];
    expect(embed?.title).toBe(entry?.topic);
    const description = embed?.description ?? '';
    expect(description).toContain(`-# ${tr.answer.originalEnglish}`);
    expect(description).toContain(`**${tr.answer.otherSideArgues}:** ${entry?.claim}`);
    expect(description).toContain(`**${tr.answer.articleAnswer}:** ${entry?.rebuttal}`);
    expect(description).toContain(`> ${entry?.quote.split('\n')[0]}`);
    expect(description).not.toContain(en.answer.otherSideArgues);
    expect(embed?.fields?.[0]?.name).toBe(tr.answer.reference);
    expect(labels(message)).toContain(tr.answer.showPassage);
    expect(labels(message)).not.toContain(en.answer.showPassage);
  });

  it('an English client gets English, without the note on the original language', async () => {
    const message = messageOf(await bot.reply(ask('was karabakh a colony?', 'en-US')));
    expect(message.embeds[0]?.description).toContain(`**${en.answer.otherSideArgues}:**`);
    expect(message.embeds[0]?.description).not.toContain(en.answer.originalEnglish);
  });

  it('a server set to Armenian answers everyone in Armenian, until an admin sets it back to auto', async () => {
    const set = messageOf(
      (await bot.send(chatInput('settings', [{ name: 'language', type: 3, value: 'hy' }], admin)))[0],
    );
    expect(set.embeds[0]?.title).toBe('Settings saved');
    expect(set.embeds[0]?.description).toContain('**Language:** Հայերեն (Armenian) for everyone');
    const armenian = messageOf(await bot.reply(ask('was karabakh a colony?', 'tr')));
    expect(armenian.embeds[0]?.description).toContain(`**${hy.answer.otherSideArgues}:**`);
    expect(armenian.embeds[0]?.description).toContain(`-# ${hy.answer.originalEnglish}`);
    expect(labels(armenian)).toContain(hy.answer.showPassage);

    await bot.send(chatInput('settings', [{ name: 'language', type: 3, value: 'auto' }], admin));
    const turkish = messageOf(await bot.reply(ask('was karabakh a colony?', 'tr')));
    expect(turkish.embeds[0]?.description).toContain(`**${tr.answer.otherSideArgues}:**`);
  });

  it('/help and an expired button speak the member’s language too', async () => {
    const help = messageOf((await bot.send(chatInput('help', [], { locale: 'ru' })))[0]);
    expect(help.embeds[0]?.title).toBe(ru.help.title);
    expect(help.embeds[0]?.title).not.toBe(en.help.title);
    const stale = messageOf((await bot.send(button('cp1:a:no-such-entry:p', { locale: 'tr' })))[0]);
    expect(stale.embeds[0]?.title).toBe(tr.notAnswered.staleTitle);
  });
});
