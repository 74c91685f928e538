import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../src/search/matcher.ts';
import { MAX_INPUT_CHARS } from '../../src/text/normalize.ts';
import { realMatcher } from '../support/matcher.ts';

const { matcher, knowledge } = await realMatcher();

/** Every result, whatever the input, has this shape. */
function expectWellFormed(result: MatchResult): void {
  expect(typeof result.answered).toBe('boolean');
  expect(Array.from(result.question).length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
  expect(result.candidates.length).toBeLessThanOrEqual(3);
  for (const c of result.candidates) {
    expect(knowledge.entryById.get(c.entry.id)).toBe(c.entry);
    expect(c.score).toBeGreaterThanOrEqual(0);
    expect(c.score).toBeLessThanOrEqual(1);
    expect(c.coverage).toBeGreaterThanOrEqual(0);
    expect(c.coverage).toBeLessThanOrEqual(1 + 1e-9);
  }
  const scores = result.candidates.map((c) => c.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  if (result.answered) expect(result.candidates.length).toBeGreaterThan(0);
  for (const id of result.close) expect(result.candidates.map((c) => c.entry.id)).toContain(id);
}

describe('a message answered from one of its sentences', () => {
  it('names as close only candidates the reply shows (found by the property below)', () => {
    const result = matcher.ask('support militarily ! autonomous oblast threat of genocide');
    expectWellFormed(result);
    expect(result.answered).toBe(true);
  });
});

describe('hostile input', () => {
  it.each([
    ['10,000 characters of one letter', 'a'.repeat(10_000)],
    ['10,000 characters of real words', 'karabakh colony '.repeat(700)],
    ['only punctuation', '?!.,;:—…()[]{}<>/\\|~`^*&%$#'],
    ['only emoji', '🤔🔥🇦🇿🇦🇲💀'.repeat(50)],
    ['Fuse extended-search operators', "!karabakh ^colony =genocide 'mercenaries | turkey$ !^= '"],
    ['regex metacharacters', '(.*)+[a-z]{1000}\\d?$^|(?=x)'],
    ['right-to-left text and bidi controls', '\u202Eكاراباخ\u202C \u05E9\u05DC\u05D5\u05DD \u200F'],
    ['zero-width characters only', '\u200B\u200C\u200D\uFEFF\u2060'],
    ['mentions', '@everyone @here <@123456789012345678> <@&987654321098765432> is karabakh a colony'],
    ['control characters and NUL', 'karabakh\u0000\u0007\u001b[31mcolony'],
    ['lone surrogates', '\uD800karabakh\uDFFF'],
    ['an empty string', ''],
  ])('%s: a well-formed result, never a throw', (_, input) => {
    const result = matcher.ask(input);
    expectWellFormed(result);
  });

  it('caps a 10,000-character question to its first 300 characters before matching', () => {
    const long = `was karabakh a colony ${'x'.repeat(10_000)}`;
    const result = matcher.ask(long);
    expect(Array.from(result.question)).toHaveLength(MAX_INPUT_CHARS);
    expect(result.candidates[0]?.entry.id).toBe('karabakh-not-a-colony');
  });

  it('treats Fuse operators as plain characters: "!colony" still finds the colony argument', () => {
    expect(matcher.ask('!colony ^karabakh').candidates[0]?.entry.id).toBe('karabakh-not-a-colony');
  });

  it('mentions are just text: "@everyone" is not a topic', () => {
    expect(matcher.ask('@everyone').answered).toBe(false);
  });
});

describe('property: ask never throws and returns a well-formed result', () => {
  it('for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (input) => expectWellFormed(matcher.ask(input))),
      { numRuns: 300 },
    );
  });

  it('for any mix of knowledge-base words, typos and noise', () => {
    const words = [...new Set(knowledge.entries.flatMap((e) => e.keywords))];
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.constantFrom('!', '^', '=', "'", '|', '@everyone'),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (parts) => expectWellFormed(matcher.ask(parts.join(' ')))),
      { numRuns: 300 },
    );
  });
});
