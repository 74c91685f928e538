import { describe, expect, it } from 'vitest';
import { buildQuery } from '../../src/search/query.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { TUNING } from '../../src/search/tuning.ts';
import { specificity } from '../../src/text/english-frequency.ts';
import { contentTokens } from '../../src/text/tokens.ts';
import { realMatcher } from '../support/matcher.ts';

const { matcher, knowledge } = await realMatcher();
const search = buildSearchIndex(knowledge);
const query = (text: string) => buildQuery(contentTokens(text), search);
const weightOf = (text: string, word: string) => query(text).words.find((w) => w.word === word)?.weight;
const first = (text: string) => {
  const r = matcher.ask(text);
  return r.answered ? r.candidates[0]?.entry.id : `refused (${r.verdict})`;
};

describe('words the knowledge base lacks', () => {
  it('weigh little in a message on the subject: names, numbers and everyday words do not block an answer', () => {
    const unknown = search.index.idf('');
    expect(query('remedial secession Macron').onSubject).toBe(true);
    expect(weightOf('remedial secession Macron', 'macron')).toBeCloseTo(unknown * TUNING.unknownWordWeight * specificity('macron'));
    expect(weightOf('remedial secession in 1845', '1845')).toBe(0);
    expect(first("Macron's leadership keeps saying remedial secession is an accepted doctrine of international law"))
      .toBe(first('remedial secession is an accepted doctrine of international law'));
  });

  it('weigh fully off the subject: the question is about what the article lacks', () => {
    expect(query('what is the capital of france').onSubject).toBe(false);
    expect(weightOf('best pizza in town', 'pizza')).toBeCloseTo(search.index.idf('') * specificity('pizza'));
    for (const q of ['what is the capital of france', 'Who won the 2018 FIFA World Cup?', 'recommend me a good anime']) {
      const r = matcher.ask(q);
      expect(r.answered, q).toBe(false);
      expect(r.suggestions, q).toEqual([]);
    }
  });
});

describe('slogans and word-sense traps', () => {
  it('a keyword phrase counts whole, so a slogan of common words finds its argument', () => {
    expect(query('Karabakh is Azerbaijan!').words.map((w) => w.stem)).toContain('karabakh azerbaijan');
    expect(query('Nagorno-Karabakh').words.map((w) => w.stem)).not.toContain('nagorno karabakh');
    expect(first('Karabakh is Azerbaijan!')).toBe('occupation-not-self-determination');
    expect(first('Artsakh is Armenia. Period.')).toBe('unification-not-independence');
  });

  it('later events and towns that changed hands are not answered from the article', () => {
    for (const q of ['who won the 2020 war', 'when did azerbaijan take shushi', 'Azerbaijan won the war; Artsakh is gone now.']) {
      expect(matcher.ask(q).verdict, q).toBe('out-of-scope');
    }
  });

  it('a figure inside a claim does not pull an unrelated paragraph', () => {
    expect(first('In 1989 Armenians were 77% of the population of Nagorno-Karabakh')).toBe('armenian-majority-self-determination');
    expect(first('Armenians only arrived in 1828, before that Karabakh was mostly Muslim')).toBe('armenians-as-settlers');
  });
});
