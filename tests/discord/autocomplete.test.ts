import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { autocomplete } from '../support/interactions.ts';
import { callbackType, choicesOf } from '../support/payloads.ts';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startHarness();
});
afterAll(() => bot.stop());

async function choices(typed: string) {
  const [request] = await bot.send(autocomplete('ask', 'question', typed));
  expect(callbackType(request)).toBe(8);
  const list = choicesOf(request);
  expect(list.length).toBeLessThanOrEqual(25);
  for (const c of list) {
    expect(c.name.length).toBeLessThanOrEqual(100);
    expect(c.value.length).toBeLessThanOrEqual(100);
    expect(c.value).toMatch(/^kb:[a-z0-9-]+$/);
  }
  return list;
}

describe('/ask autocomplete', () => {
  it('an empty field lists one thesis per section, in order', async () => {
    const list = await choices('');
    expect(list.map((c) => c.value)).toEqual([
      'kb:article-thesis',
      'kb:karabakh-not-a-colony',
      'kb:extermination-argument',
      'kb:last-resort-not-exhausted',
      'kb:ex-injuria-legality',
      'kb:third-party-interference',
      'kb:secession-perpetuates-violations',
      'kb:conclusion-cannot-resolve',
    ]);
    expect(list.map((c) => c.name.split(' · ')[0])).toEqual(['§1', '§2', '§3', '§4', '§5', '§6', '§7', '§8']);
  });

  it('text with nothing to go on gets the theses too, not entries picked on one common word', async () => {
    const theses = (await choices('')).map((c) => c.value);
    for (const typed of ['who won the 2018 FIFA World Cup', 'best pizza in town', 'the world']) {
      expect(
        (await choices(typed)).map((c) => c.value),
        typed,
      ).toEqual(theses);
    }
  });

  it('an exact keyword comes first', async () => {
    expect((await choices('ECHR'))[0]?.value).toBe('kb:chiragov-effective-control');
    expect((await choices('minorities-census'))[0]?.value).toBe('kb:minorities-census');
  });

  it('a partial word matches the words it starts', async () => {
    expect((await choices('turkey sent mercen')).map((c) => c.value)).toContain('kb:turkey-mercenaries-unproved');
    expect((await choices('was karabakh a colo'))[0]?.value).toBe('kb:karabakh-not-a-colony');
  });

  it('a misspelt name still finds its argument', async () => {
    expect((await choices('chiragof judgment'))[0]?.value).toBe('kb:chiragov-effective-control');
    expect((await choices('aliev autonomy'))[0]?.value).toBe('kb:aliyev-autonomy-offer');
  });

  it('a 300-character input gets at most 25 choices that fit Discord', async () => {
    const long = 'karabakh armenia azerbaijan secession occupation genocide soviet war '.repeat(5).slice(0, 300);
    expect((await choices(long)).length).toBe(25);
  });
});
