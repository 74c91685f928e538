import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/text/i18n/catalogues.ts';
import { translator } from '../../src/text/i18n/i18n.ts';
import { LANGUAGES, languageFor } from '../../src/text/i18n/languages.ts';

/** Every dotted key of a catalogue with its string. */
function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`),
  );
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const bolds = (s: string) => (s.match(/\*\*/g) ?? []).length;

const english = new Map(leaves(CATALOGUES.en));
const translations = LANGUAGES.filter((l) => l !== 'en');

describe('interface catalogues', () => {
  it.each(translations)('%s has every English key, no other, each a non-empty string', (language) => {
    const found = new Map(leaves(CATALOGUES[language]));
    expect([...found.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of found) expect(text.trim(), `${language} ${key}`).not.toBe('');
  });

  it.each(translations)('%s keeps every {{placeholder}} and **bold** of English, and is translated', (language) => {
    const found = new Map(leaves(CATALOGUES[language]));
    let same = 0;
    for (const [key, text] of english) {
      const other = found.get(key) ?? '';
      expect(placeholders(other), `${language} ${key}`).toEqual(placeholders(text));
      expect(bolds(other), `${language} ${key}`).toBe(bolds(text));
      if (other === text) same += 1;
    }
    // Names ("Counterpoint") may stay as they are; a catalogue copied from English may not.
    expect(same / english.size).toBeLessThan(0.1);
  });

  it('names places as both sides can read them: no term only one side uses', () => {
    const oneSided =
      /artsakh|арцах|արցախ|işgal|işğal|оккуп|azad edil|освобожд|ազատագր|բռնազավթ|separat|сепарат|terror|террор/i;
    for (const language of LANGUAGES)
      for (const [key, text] of leaves(CATALOGUES[language])) expect(text, `${language} ${key}`).not.toMatch(oneSided);
  });

  it('fills a string in the language asked for, with English for a language it does not know', () => {
    expect(translator('tr')('help.cooldown', { seconds: 5 })).toContain('5');
    expect(translator('tr')('answer.readArticle')).toBe(CATALOGUES.tr.answer.readArticle);
    expect(translator('hy')('answer.readArticle')).toBe(CATALOGUES.hy.answer.readArticle);
    expect(translator('en')('answer.readArticle')).toBe('Read the article');
  });

  it('takes the server’s language first, then the member’s Discord language, else English', () => {
    expect(languageFor('hy', 'tr')).toBe('hy');
    expect(languageFor('auto', 'tr')).toBe('tr');
    expect(languageFor(undefined, 'ru')).toBe('ru');
    expect(languageFor(undefined, 'en-GB')).toBe('en');
    // Azerbaijani and Armenian are not Discord client languages: only a server's setting picks them.
    expect(languageFor(undefined, 'az')).toBe('en');
    expect(languageFor(undefined, undefined)).toBe('en');
  });
});
