// Whatever a user typed, shown back by the bot, says only what it says: it pings nobody, links
// nowhere, invites nowhere, reads in the order it was typed, and keeps its markdown as text.
import { describe, expect, it } from 'vitest';
import { echoed, withoutControls } from '../../src/replies/echo.ts';

const echo = (text: string) => echoed(text, 300);

describe('echoed: mentions', () => {
  it('user, role and channel mentions read as words, and cannot be mentions again', () => {
    expect(echo('<@123456789012345678> <@!123456789012345678> <@&987654321098765432> <#111111111111111111>')).toBe(
      '\\@user \\@user \\@role \\#channel',
    );
  });

  it('@everyone and @here are broken by a zero-width space, and their @ escaped', () => {
    expect(echo('@everyone and @here')).toBe('\\@\u200beveryone and \\@\u200bhere');
  });
});

describe('echoed: links', () => {
  it('a masked link stays text: its brackets and parentheses are escaped', () => {
    expect(echo('[click me](https://example.com/x)')).toBe('\\[click me\\]\\(https://example.com/x\\)');
  });

  it.each([
    ['discord.gg/abc123', '`discord.gg/abc123`'],
    ['https://discord.gg/abc-123', '`https://discord.gg/abc-123`'],
    ['join discord.com/invite/Abc now', 'join `discord.com/invite/Abc` now'],
    ['http://www.discordapp.com/invite/xyz', '`http://www.discordapp.com/invite/xyz`'],
    ['[free nitro](https://discord.gg/scam)', '\\[free nitro\\]\\(`https://discord.gg/scam`\\)'],
  ])('the invite in %j is put in inline code: shown, not rendered or linked', (typed, shown) => {
    expect(echo(typed)).toBe(shown);
  });

  it('markdown around an invite is still escaped on both sides', () => {
    expect(echo('**a** discord.gg/x _b_')).toBe('\\*\\*a\\*\\* `discord.gg/x` \\_b\\_');
  });
});

describe('echoed: bidi controls', () => {
  it.each([
    ['U+202A–202E embeddings and overrides', '\u202A\u202B\u202C\u202D\u202E'],
    ['U+2066–2069 isolates', '\u2066\u2067\u2068\u2069'],
    ['U+200E and U+200F marks', '\u200E\u200F'],
    ['U+061C the Arabic letter mark', '\u061C'],
  ])('%s are removed', (_name, controls) => {
    expect(echo(`abc${controls}def`)).toBe('abcdef');
    expect(withoutControls(`abc${controls}def`)).toBe('abcdef');
  });

  it('right-to-left letters themselves are kept', () => {
    expect(echo('\u202Eكاراباخ \u05E9\u05DC\u05D5\u05DD')).toBe('كاراباخ \u05E9\u05DC\u05D5\u05DD');
  });
});

describe('echoed: markdown that changes meaning', () => {
  it.each([
    ['a heading', '# Big claim', '\\# Big claim'],
    ['subtext', '-# small print', '-\\# small print'],
    ['a block quote', '> quoted\n>>> all of it', '\\> quoted \\>\\>\\> all of it'],
    ['a list item', '- first', '\\- first'],
    ['a numbered list item', '1. first', '\\1. first'],
    ['a spoiler', '||hidden||', '\\|\\|hidden\\|\\|'],
    ['code', '`x` ```y```', '\\`x\\` \\`\\`\\`y\\`\\`\\`'],
    ['emphasis', '*a* _b_ **c** __d__ ~~e~~', '\\*a\\* \\_b\\_ \\*\\*c\\*\\* \\_\\_d\\_\\_ \\~\\~e\\~\\~'],
    ['a custom emoji or a timestamp', '<:pog:123> <t:1700000000:R>', '\\<:pog:123\\> \\<t:1700000000:R\\>'],
    ['a backslash that would escape our escape', '\\*', '\\\\\\*'],
  ])('%s stays text', (_name, typed, shown) => {
    expect(echo(typed)).toBe(shown);
  });

  it('is on one line and cut to the given length before escaping', () => {
    expect(echoed('one\ntwo\n\nthree', 300)).toBe('one two three');
    expect(echoed('karabakh was a colony of baku', 12).length).toBeLessThanOrEqual(12);
  });
});
