import { describe, expect, it } from 'vitest';
import { decide as decideWith, type Evidence } from '../../src/search/confidence.ts';
import { DEFAULT_SEARCH_OPTIONS as DEFAULTS } from '../../src/search/search-defaults.ts';
import { realMatcher } from '../support/matcher.ts';

/** The rule with the default options; on the subject unless told. */
const decide = (candidates: readonly Evidence[], onSubject = true) => decideWith(candidates, onSubject, DEFAULTS);

const strong = { coverage: 0.9, score: 0.7, evidence: 1.5 };

describe('the confidence rule', () => {
  it('answers a clear winner', () => {
    expect(decide([strong, { coverage: 0.4, score: 0.3, evidence: 0.6 }])).toEqual({
      answered: true,
      verdict: 'clear',
      close: [],
    });
  });

  it('answers a close call that explains most of the question, naming the close runner-ups', () => {
    const runnerUp = { coverage: 0.85, score: strong.score * DEFAULTS.closeRatio + 0.01, evidence: 1.4 };
    const far = { coverage: 0.3, score: 0.1, evidence: 0.3 };
    expect(decide([strong, runnerUp, far])).toEqual({ answered: true, verdict: 'close', close: [1] });
  });

  it('answers a close call that explains just enough of the question, naming the close runner-up', () => {
    const partial = { coverage: DEFAULTS.minCoverage + 0.01, score: 0.4, evidence: 1 };
    expect(decide([partial, { ...partial, score: 0.39 }])).toMatchObject({
      answered: true,
      verdict: 'close',
      close: [1],
    });
    expect(decide([partial, { ...partial, score: 0.1 }])).toMatchObject({ answered: true, verdict: 'clear' });
  });

  it('asks more evidence of a question that does not name the subject', () => {
    const oneWord = { coverage: 1, score: 0.7, evidence: (DEFAULTS.minEvidence + DEFAULTS.offSubjectMinEvidence) / 2 };
    expect(decide([oneWord], true)).toMatchObject({ answered: true });
    expect(decide([oneWord], false)).toMatchObject({ answered: false, verdict: 'weak' });
  });

  it('refuses when the best leaves too much of the question unexplained', () => {
    expect(decide([{ coverage: DEFAULTS.minCoverage - 0.01, score: 0.45, evidence: 1 }])).toMatchObject({
      answered: false,
      verdict: 'unexplained',
    });
  });

  it('answers a message that explains little overall when one entry stands far ahead on plenty of evidence', () => {
    const ahead = {
      coverage: (DEFAULTS.dominantCoverage + DEFAULTS.minCoverage) / 2,
      score: 0.3,
      evidence: DEFAULTS.dominantEvidence + 0.5,
    };
    const far = { coverage: 0.1, score: ahead.score * DEFAULTS.dominantRatio - 0.01, evidence: 0.5 };
    expect(decide([ahead, far])).toMatchObject({ answered: true, verdict: 'clear' });
    const refused = { answered: false, verdict: 'unexplained' };
    expect(decide([ahead, { ...far, score: ahead.score * DEFAULTS.dominantRatio + 0.01 }])).toMatchObject(refused);
    expect(decide([{ ...ahead, evidence: DEFAULTS.dominantEvidence - 0.1 }, far])).toMatchObject(refused);
    expect(decide([{ ...ahead, coverage: DEFAULTS.dominantCoverage - 0.01 }, far])).toMatchObject(refused);
  });

  it('refuses a match that rests on everyday words only', () => {
    expect(decide([{ coverage: 1, score: 0.7, evidence: DEFAULTS.minEvidence / 2 }])).toMatchObject({
      answered: false,
      verdict: 'weak',
    });
  });

  it('refuses when there is nothing to go on', () => {
    expect(decide([])).toEqual({ answered: false, verdict: 'no-content', close: [] });
  });
});

describe('the confidence rule on real questions', async () => {
  const { matcher } = await realMatcher();

  it('a long statement about one argument, wrapped in who said it and where, is answered', () => {
    const statement =
      'A retired American diplomat, long a mediator, wrote that the Minsk Group co-chairs, bound by ' +
      'consensus and rotating leadership, were structurally flawed as peacemakers.';
    const result = matcher.ask(statement);
    expect(result.candidates[0]?.coverage).toBeLessThan(DEFAULTS.minCoverage);
    expect(result).toMatchObject({ answered: true, verdict: 'clear' });
    expect(result.candidates[0]?.entry.id).toBe('minsk-group-ineffective');
  });

  it('a question none of whose words the knowledge base uses is unexplained, not empty', () => {
    expect(matcher.ask('what are quarks and gluons')).toMatchObject({
      answered: false,
      verdict: 'unexplained',
      candidates: [],
      unknownWords: ['quarks', 'gluons'],
    });
    expect(matcher.ask('what is it?')).toMatchObject({ answered: false, verdict: 'no-content' });
  });

  it('a clear winner', () => {
    expect(matcher.ask('chiragov v armenia')).toMatchObject({ answered: true, verdict: 'clear', close: [] });
  });

  it('a close call reports which candidates are close', () => {
    const result = matcher.ask('azerbaijan autonomy');
    expect(result).toMatchObject({ answered: true, verdict: 'close' });
    expect(result.close.length).toBeGreaterThan(0);
    expect(result.candidates.map((c) => c.entry.id)).toEqual(expect.arrayContaining([...result.close]));
  });

  const nothing = ["what's the weather in baku", 'who won the world cup', 'hello', 'what time is it'];
  it.each(nothing)('nothing: "%s" is refused, with suggestions kept', (q) => {
    const result = matcher.ask(q);
    expect(result.answered).toBe(false);
    expect(result.candidates.length).toBeLessThanOrEqual(3);
  });
});
