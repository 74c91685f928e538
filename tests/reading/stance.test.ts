import { describe, expect, it } from 'vitest';
import { cueCounts } from '../../src/reading/side-cues.ts';
import { entryLean, isAsked, stanceOf } from '../../src/reading/stance.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge } = await realMatcher();
const entry = (id: string) => {
  const found = knowledge.entryById.get(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('the side a message takes', () => {
  it.each([
    ['Armenia occupied Azerbaijani territories for thirty years and ignored the UN resolutions', 'article'],
    ['the separatists in Khankendi were a puppet regime of Yerevan', 'article'],
    ['Artsakh has every right to self-determination after the ethnic cleansing', 'other'],
    ['Free Artsakh! Aliyev is a dictator', 'other'],
    ['what is remedial secession?', 'question'],
    ['the Minsk Group met in Vienna', 'question'],
  ] as const)('"%s" → %s', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });

  it('a cue negated just before it, in its clause, counts for neither side', () => {
    expect(cueCounts('it was an occupation')).toEqual({ article: 1, other: 0 });
    expect(cueCounts('it was never an occupation')).toEqual({ article: 0, other: 0 });
    expect(cueCounts('this is not genocide')).toEqual({ article: 0, other: 0 });
    // A negation in another clause, or farther back, negates nothing.
    expect(cueCounts('No, Artsakh is Armenian land')).toEqual({ article: 0, other: 2 });
    expect(cueCounts("integrity doesn't override the right to self-determination")).toEqual({ article: 0, other: 1 });
  });

  it('a question needs more evidence than a statement before a side is named', () => {
    expect(isAsked('was it an occupation?')).toBe(true);
    expect(isAsked('why did the talks fail')).toBe(true);
    expect(isAsked('the talks failed')).toBe(false);
    expect(stanceOf('it was ethnic cleansing')).toBe('other');
    expect(stanceOf('was it ethnic cleansing?')).toBe('question');
  });

  it("the article's side is named only when sure: one cue is not enough to say the article agrees", () => {
    // One cue each way: the other side's is named (its labels differ from the neutral ones by a word),
    // the article's is not ("The article makes a similar argument" would speak for the writer).
    expect(stanceOf('Aliyev is a dictator')).toBe('other');
    expect(stanceOf('Armenia occupied the districts')).toBe('question');
    // Claims against the article that carry one of its cues, found by a probe as a new user.
    for (const claim of [
      'Azerbaijan occupied Armenian land for thirty years',
      'Azerbaijan is an occupier',
      'Self-determination trumps territorial integrity',
    ])
      expect(stanceOf(claim), claim).not.toBe('article');
  });

  it("the matched entry's side-tagged phrasings lean a message one way or the other", () => {
    const colony = entry('karabakh-not-a-colony');
    const articleWords = colony.phrasings.article.join(' ');
    const otherWords = colony.phrasings.other.join(' ');
    expect(entryLean(articleWords, colony)).toBeGreaterThan(0);
    expect(entryLean(otherWords, colony)).toBeLessThan(0);
    expect(entryLean(articleWords, undefined)).toBe(0);
  });

  it('claims that mix both sides, or negate one, get the neutral labels rather than a guess', () => {
    expect(stanceOf('No, Artsakh is Armenian land')).toBe('other');
    expect(stanceOf("Azerbaijan's territorial integrity doesn't override the right to self-determination")).toBe(
      'question',
    );
  });
});
