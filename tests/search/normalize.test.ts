import { describe, expect, it } from 'vitest';
import { capInput, foldText, MAX_INPUT_CHARS } from '../../src/text/normalize.ts';
import { contentTokens } from '../../src/text/tokens.ts';
import { realMatcher } from '../support/matcher.ts';

const { matcher } = await realMatcher();
const top = (q: string) => matcher.ask(q).candidates[0]?.entry.id;

describe('input normalisation', () => {
  it('folds case, diacritics and the Azerbaijani and Turkish letters', () => {
    expect(foldText('Əliyev')).toBe('aliyev');
    expect(foldText('ALIYEV')).toBe('aliyev');
    expect(foldText('İlham Əliyev')).toBe('ilham aliyev');
    expect(foldText('ılık ŞUŞA Ağdam')).toBe('ilik susa agdam');
    expect(foldText('vis-à-vis')).toBe('vis a vis');
  });

  it('applies NFKC, so full-width and ligature forms meet their plain letters', () => {
    expect(foldText('ＫＡＲＡＢＡＫＨ')).toBe('karabakh');
    expect(foldText('ﬁghters')).toBe('fighters');
  });

  it('straightens curly quotes and drops possessives, punctuation and runs of whitespace', () => {
    expect(foldText('Armenia’s  “occupation”,\t\n(really?)')).toBe('armenia occupation really');
    expect(foldText("Baku's")).toBe(foldText('Baku’s'));
    expect(foldText('780,000 IDPs')).toBe('780000 idps');
  });

  it('reads control characters (terminal escapes, C1 codes) as spaces, not as parts of a word', () => {
    expect(foldText('armenia\u009b31m')).toBe('armenia 31m');
    expect(foldText('chiragov\u0007v armenia\u001b[2J')).toBe('chiragov v armenia 2j');
  });

  it('removes zero-width and bidi control characters that split words', () => {
    expect(foldText('Kara\u200Bbakh')).toBe('karabakh');
    expect(foldText('\u202Ekarabakh\u202C\uFEFF')).toBe('karabakh');
  });

  it('caps input before any work, without splitting an emoji', () => {
    expect(Array.from(capInput('x'.repeat(10_000)))).toHaveLength(MAX_INPUT_CHARS);
    const emoji = '🙂'.repeat(400);
    const capped = capInput(emoji);
    expect(Array.from(capped)).toHaveLength(MAX_INPUT_CHARS);
    expect(capped).toBe('🙂'.repeat(MAX_INPUT_CHARS));
  });

  it('drops stop words and chat filler, and stems what is left', () => {
    expect(contentTokens('what does the article say about the colonies lol').map((t) => t.stem)).toEqual(['coloni']);
  });

  it('lets "Əliyev", "Aliyev" and "Aliev" reach the same argument', () => {
    const ids = ['Əliyev', 'Aliyev', 'Aliev'].map((name) => top(`did ${name} offer autonomy to the armenians`));
    expect(ids).toEqual(['aliyev-autonomy-offer', 'aliyev-autonomy-offer', 'aliyev-autonomy-offer']);
  });

  it('corrects typos of one or two letters, and swapped letters', () => {
    expect(top('was karabak a colonny')).toBe('karabakh-not-a-colony');
    expect(top('osce minks group')).toBe('minsk-group-ineffective');
    expect(top('chiragov judgment echr efective control')).toBe('chiragov-effective-control');
    expect(top('ethnic clensing armenains')).toBe('ethnic-cleansing-argument');
  });

  it('does not "correct" a short everyday word into an unrelated one', () => {
    const result = matcher.ask('ping');
    expect(result.answered).toBe(false);
    expect(result.unknownWords).toEqual(['ping']);
  });
});
