import { describe, expect, it } from 'vitest';
import { isUnfamiliar } from '../../src/text/unfamiliar-words.ts';
import { realMatcher } from '../support/matcher.ts';

const { matcher } = await realMatcher();
const first = (question: string) => matcher.ask(question).candidates[0]?.entry.id;

// A second review found each side's names for the same places read differently: Lachin and
// Kalbajar known, Berdzor and Karvachar not, so one side's messages met a higher bar.
describe("a place by either side's name", () => {
  it.each([
    ['armenia occupied kalbajar for decades', 'armenia occupied karvachar for decades'],
    ['armenian forces held lachin until 2020', 'armenian forces held berdzor until 2020'],
    ['shusha was shelled from the heights', 'shushi was shelled from the heights'],
    ['armenia occupied aghdam', 'armenia occupied akna'],
  ])('"%s" and "%s" are read alike', (one, other) => {
    const [a, b] = [matcher.ask(one), matcher.ask(other)];
    expect(b.answered).toBe(a.answered);
    expect(first(other)).toBe(first(one));
    expect(b.unknownWords.length).toBe(a.unknownWords.length);
  });

  it('a name only a synonym group knows is not unknown: the meaning is not held to a higher bar for it', () => {
    for (const name of ['shusha', 'shushi']) expect(matcher.ask(`${name} is ours`).unknownWords).toEqual(['ours']);
    expect(matcher.ask('mugham is ours').unknownWords).toEqual(['mugham', 'ours']);
  });

  it("travel to either side's capital is a topic the article does not address, alike", () => {
    // "is baku safe to visit" got the card on Baku's security guarantees; "…yerevan…" a plain refusal.
    for (const question of ['is baku safe to visit', 'is yerevan safe to visit', 'do armenians need a visa for baku']) {
      const result = matcher.ask(question);
      expect(result.verdict, question).toBe('out-of-scope');
      expect(result.notAddressed[0]).toMatch(/^travel to the region today/);
    }
  });

  it('the corridor by either name is the blockade the article does not address', () => {
    for (const question of ['what is the lachin corridor', 'what is the berdzor corridor']) {
      const result = matcher.ask(question);
      expect(result.verdict, question).toBe('out-of-scope');
      expect(result.notAddressed[0]).toMatch(/Lachin corridor/);
    }
  });
});

describe('words that say a message is about something the knowledge base has not seen', () => {
  it('names and terms neither it nor everyday English knows do', () => {
    for (const word of ['cop29', 'mugham', 'greenwashing', 'ocupy']) expect(isUnfamiliar(word), word).toBe(true);
  });

  it('numbers, chat shorthand and everyday words do not', () => {
    for (const word of ['30', '1992', '90s', '44th', 'tbh', 'imo', 'bs', 'yesterday', 'bread'])
      expect(isUnfamiliar(word), word).toBe(false);
  });
});
