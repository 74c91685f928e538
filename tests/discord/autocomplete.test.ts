import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import type { KnowledgeBase } from '../../src/knowledge/types.ts';
import { editDistance } from '../../src/text/edit-distance.ts';
import { foldedWords } from '../../src/text/normalize.ts';
import { isContentWord } from '../../src/text/tokens.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { autocomplete } from '../support/interactions.ts';
import { REAL_KNOWLEDGE } from '../support/knowledge-copy.ts';
import { callbackType, choicesOf } from '../support/payloads.ts';

let bot: BotHarness;
let kb: KnowledgeBase;
beforeAll(async () => {
  bot = await startHarness();
  const loaded = await loadKnowledge(REAL_KNOWLEDGE);
  if (!loaded.ok) throw new Error('the bundled knowledge has problems');
  kb = loaded.knowledge;
});
afterAll(() => bot.stop());

const THESES = [
  'kb:article-thesis',
  'kb:karabakh-not-a-colony',
  'kb:extermination-argument',
  'kb:last-resort-not-exhausted',
  'kb:ex-injuria-legality',
  'kb:third-party-interference',
  'kb:secession-perpetuates-violations',
  'kb:conclusion-cannot-resolve',
];

/** The choices Discord receives for `typed`: within its limits, the typed text first, then picks. */
async function choices(typed: string) {
  const [request] = await bot.send(autocomplete('ask', 'question', typed));
  expect(callbackType(request)).toBe(8);
  const list = choicesOf(request);
  expect(list.length).toBeLessThanOrEqual(25);
  for (const c of list) {
    expect(c.name.length).toBeLessThanOrEqual(100);
    expect(c.value.length).toBeLessThanOrEqual(100);
  }
  if (typed.trim() !== '') {
    expect(list[0]?.name).toBe(typed.trim().length <= 100 ? typed.trim() : list[0]?.name);
    for (const c of list.slice(1)) expect(c.value).toMatch(/^kb:[a-z0-9-]+$/);
  }
  return list;
}
const picks = async (typed: string) => (await choices(typed)).slice(1).map((c) => c.value);

/** Whether an entry's topic, keywords or example questions have a word that starts with, or nearly spells, `typed`. */
function completes(id: string, typed: string): boolean {
  const entry = kb.entryById.get(id.slice('kb:'.length));
  if (!entry) return false;
  const words = [entry.topic, ...entry.keywords, ...entry.questions].flatMap(foldedWords);
  return words.some((w) => w.startsWith(typed) || editDistance(typed, w.slice(0, typed.length)) <= 2);
}

describe('/ask autocomplete', () => {
  it('an empty field lists one thesis per section, in order', async () => {
    const list = await choices('');
    expect(list.map((c) => c.value)).toEqual(THESES);
    expect(list.map((c) => c.name.split(' · ')[0])).toEqual(['§1', '§2', '§3', '§4', '§5', '§6', '§7', '§8']);
  });

  it('what was typed comes first, asking exactly that', async () => {
    const list = await choices('was karabakh a colo');
    expect(list[0]).toEqual({ name: 'was karabakh a colo', value: 'was karabakh a colo' });
    expect(list[1]?.value).toBe('kb:karabakh-not-a-colony');
  });

  it('text longer than a choice allows is asked up to a word boundary, without an ellipsis', async () => {
    const long = `was karabakh ever a colony of the russian empire ${'or of the soviet union '.repeat(5)}`.trim();
    const [first] = await choices(long);
    expect(first?.name.endsWith('…')).toBe(true);
    expect(long.startsWith(first?.value ?? 'x')).toBe(true);
    expect(long.charAt(first?.value.length ?? 0)).toBe(' ');
  });

  it.each([
    'geno',
    'minsk',
    'colon',
    'mercen',
    'self-det',
    'mercenarys',
    'sumgait',
    'lachin',
    'sovie',
    'ethnic clean',
    'remedial',
    'territorial integ',
    'chirag',
    'refug',
    'occup',
    'secess',
    'autonom',
    'pogrom',
    'azerbaijn',
    'stepanak',
  ])('"%s" is completed: its first picks start with or nearly spell what was typed', async (typed) => {
    const found = await picks(typed);
    expect(found.length).toBeGreaterThan(0);
    expect(found).not.toEqual(THESES);
    const words = foldedWords(typed).filter(isContentWord);
    expect(completes(found[0] ?? '', words.at(-1) ?? ''), `${typed} → ${found[0]}`).toBe(true);
    for (const id of found.slice(0, 3))
      expect(
        words.some((w) => completes(id, w)),
        `${typed} → ${id}`,
      ).toBe(true);
  });

  it('text that completes nothing gets the theses after it, not entries picked on one common word', async () => {
    for (const typed of ['who won the 2018 FIFA World Cup', 'best pizza in town']) {
      expect(await picks(typed), typed).toEqual(THESES);
    }
  });

  it('an exact keyword comes first after the typed text', async () => {
    expect((await picks('ECHR'))[0]).toBe('kb:chiragov-effective-control');
    expect((await picks('minorities-census'))[0]).toBe('kb:minorities-census');
  });

  it('a partial word matches the words it starts', async () => {
    expect(await picks('turkey sent mercen')).toContain('kb:turkey-mercenaries-unproved');
    expect((await picks('was karabakh a colo'))[0]).toBe('kb:karabakh-not-a-colony');
  });

  it('a misspelt name still finds its argument', async () => {
    expect((await picks('chiragof judgment'))[0]).toBe('kb:chiragov-effective-control');
    expect((await picks('aliev autonomy'))[0]).toBe('kb:aliyev-autonomy-offer');
  });

  it('a 300-character input gets at most 25 choices that fit Discord', async () => {
    const long = 'karabakh armenia azerbaijan secession occupation genocide soviet war '.repeat(5).slice(0, 300);
    expect((await choices(long)).length).toBe(25);
  });
});
