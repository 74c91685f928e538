import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/search/matcher.ts';
import { DEFAULT_SEARCH_OPTIONS as DEFAULTS } from '../../src/search/search-defaults.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { resolveSearchOptions } from '../../src/search/search-options.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge, matcher: byDefault } = await realMatcher();

describe('the search options', () => {
  it('are the defaults where not given, merged once; field weights one by one', () => {
    const options = resolveSearchOptions({ minEvidence: 0.6, fieldWeights: { keywords: 1 } });
    expect(options).toMatchObject({ minEvidence: 0.6, minCoverage: DEFAULTS.minCoverage, k1: DEFAULTS.k1 });
    expect(options.fieldWeights).toEqual({ ...DEFAULTS.fieldWeights, keywords: 1 });
    expect(DEFAULTS.fieldWeights.keywords).toBe(6);
    expect(Object.isFrozen(options)).toBe(true);
    expect(byDefault.options).toEqual(resolveSearchOptions());
    expect(resolveSearchOptions({ minCoverage: undefined }).minCoverage).toBe(DEFAULTS.minCoverage);
  });

  it('take effect: a question answered by default is refused when an answer needs more evidence', () => {
    const question = 'was karabakh a colony?';
    const evidence = byDefault.ask(question).candidates[0]?.evidence ?? 0;
    expect(byDefault.ask(question)).toMatchObject({ answered: true, verdict: 'clear' });
    const stricter = createMatcher(knowledge, { minEvidence: evidence + 0.1 });
    expect(stricter.ask(question)).toMatchObject({ answered: false, verdict: 'weak' });
  });

  it('shape the index too: without keywords, a question of keywords ranks otherwise', () => {
    const question = 'ex injuria jus non oritur';
    const noKeywords = createMatcher(knowledge, { fieldWeights: { keywords: 0 } });
    const first = (m: typeof byDefault) => m.ask(question).candidates.map((c) => [c.entry.id, c.score]);
    expect(first(noKeywords)).not.toEqual(first(byDefault));
  });

  it('refuse an index built with other options than the matcher reads with', () => {
    const other = buildSearchIndex(knowledge, resolveSearchOptions({ k1: 2 }));
    expect(() => createMatcher(knowledge, undefined, other)).toThrow(/other options/);
    expect(createMatcher(knowledge, { k1: 2 }, other).options.k1).toBe(2);
  });

  it('decide which runner-ups a reply offers as other matches (alternativeRatio)', () => {
    const question = 'was karabakh a colony?';
    expect(byDefault.ask(question).alternatives.length).toBeGreaterThan(0);
    expect(createMatcher(knowledge, { alternativeRatio: 1.01 }).ask(question).alternatives).toEqual([]);
  });
});
