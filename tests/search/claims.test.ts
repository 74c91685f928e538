import { describe, expect, it } from 'vitest';
import { MAX_CLAIMS, MAX_MESSAGE_CHARS } from '../../src/search/claims.ts';
import { blankMarkup } from '../../src/text/message-text.ts';
import { clausesOf, messageSentences, sentencesOf } from '../../src/text/sentences.ts';
import { realMatcher } from '../support/matcher.ts';

const { matcher } = await realMatcher();
const ids = (text: string) => matcher.claims(text).claims.map((c) => c.result.candidates[0]?.entry.id);

describe('markup in a Discord message', () => {
  it.each([
    ['<@123456789012345678>', 'user mention'],
    ['<@!123456789012345678>', 'nickname mention'],
    ['<@&123456789012345678>', 'role mention'],
    ['<#123456789012345678>', 'channel'],
    ['<:kekw:123456789012345678>', 'custom emoji'],
    ['<a:party:123456789012345678>', 'animated emoji'],
    ['<t:1700000000:R>', 'timestamp'],
    ['</ask:123456789012345678>', 'command mention'],
    ['@everyone', 'everyone'],
    ['https://example.com/a?b=1', 'link'],
    ['`npm test`', 'inline code'],
    ['```js\nconst karabakh = 1;\n```', 'code block'],
  ])('%s (%s) is blanked, keeping offsets', (markup) => {
    const text = `Turkey sent ${markup} mercenaries`;
    const blank = blankMarkup(text);
    expect(blank).toHaveLength(text.length);
    expect(blank).toBe(`Turkey sent ${' '.repeat(markup.length)} mercenaries`);
  });

  it('is not read as words: mentions and links change nothing in the answer', () => {
    const plain = matcher.ask('was karabakh ever a colony');
    const marked = matcher.ask(
      '<@&123456789012345678> <@&223456789012345678> was karabakh ever a colony https://t.co/1828',
    );
    expect(marked.answered).toBe(true);
    expect(marked.candidates.map((c) => c.entry.id)).toEqual(plain.candidates.map((c) => c.entry.id));
    expect(marked.unknownWords).toEqual([]);
  });
});

describe('sentences of a message', () => {
  it('split on end marks, semicolons and line breaks, lower-case starts included', () => {
    expect(messageSentences('lol. azerbaijan won; artsakh is gone\nnext line?! ok').map((s) => s.text)).toEqual([
      'lol.',
      'azerbaijan won;',
      'artsakh is gone',
      'next line?!',
      'ok',
    ]);
  });

  it('keep abbreviations and initials inside a sentence, with offsets into the text', () => {
    const text = 'See Chiragov v. Armenia by the E.C.H.R. now. Then St. Petersburg.';
    const found = messageSentences(text);
    expect(found.map((s) => s.text)).toEqual(['See Chiragov v. Armenia by the E.C.H.R. now.', 'Then St. Petersburg.']);
    for (const s of found) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('clauses split after commas, semicolons, colons and "but", not at dashes', () => {
    expect(
      clausesOf('On 2 March – a Monday – they met, talked; agreed: nothing but tea but left').map((s) => s.text),
    ).toEqual(['On 2 March – a Monday – they met,', 'talked;', 'agreed:', 'nothing but', 'tea but', 'left']);
  });

  it('in edited prose need a capital to start', () => {
    expect(sentencesOf('It says so. it does not split here. And here.').map((s) => s.text)).toEqual([
      'It says so. it does not split here.',
      'And here.',
    ]);
  });
});

describe('claims(text)', () => {
  it('finds each claim the article responds to, in order, with spans into the text', () => {
    const text =
      'lol <@123456789012345678> whatever. Turkey sent jihadists from Syria! https://x.io/y\nKarabakh is ' +
      'Azerbaijan. Period.';
    const found = matcher.claims(text);
    expect(found.text).toBe(text);
    expect(found.claims.map((c) => [c.span.text, c.result.candidates[0]?.entry.id])).toEqual([
      ['Turkey sent jihadists from Syria!', 'turkey-mercenaries-unproved'],
      ['Karabakh is Azerbaijan.', 'occupation-not-self-determination'],
    ]);
    for (const { span, result } of found.claims) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(result.answered).toBe(true);
    }
  });

  it('merges two sentences answered by the same entry into the stronger one', () => {
    const found = matcher.claims('Turkey sent mercenaries. Also Syrian jihadists were flown in by Turkey to fight.');
    expect(found.claims).toHaveLength(1);
    expect(found.claims[0]?.result.candidates[0]?.entry.id).toBe('turkey-mercenaries-unproved');
  });

  it(`returns at most ${MAX_CLAIMS} claims, the strongest, still in order`, () => {
    const text = [
      'Karabakh was a colony of Azerbaijan.',
      'Turkey sent Syrian mercenaries.',
      'The Sumgait pogrom proves Armenians cannot live in Azerbaijan.',
      'The Minsk Group failed for thirty years.',
      'The ECHR ruled in Chiragov that Armenia controls Karabakh.',
    ].join(' ');
    const found = matcher.claims(text);
    expect(found.claims).toHaveLength(MAX_CLAIMS);
    const starts = found.claims.map((c) => c.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(ids(text)).size).toBe(MAX_CLAIMS);
  });

  it('finds nothing in chat or off-topic text, and reads at most a Discord message', () => {
    expect(matcher.claims('hello everyone! who won the world cup? lol').claims).toEqual([]);
    expect(matcher.claims('').claims).toEqual([]);
    const long = `${'blah '.repeat(500)}Turkey sent mercenaries.`;
    expect(matcher.claims(long).text).toHaveLength(MAX_MESSAGE_CHARS);
    expect(matcher.claims(long).claims).toEqual([]);
  });

  it('tries the whole message when no sentence alone is a claim', () => {
    const text = "Was Karabakh ever.\nsomebody's colony?";
    expect(text.split('\n').map((part) => matcher.ask(part).answered)).toEqual([false, false]);
    const found = matcher.claims(text);
    expect(found.claims.map((c) => [c.span, c.result.candidates[0]?.entry.id])).toEqual([
      [{ start: 0, end: text.length, text }, 'karabakh-not-a-colony'],
    ]);
  });
});
