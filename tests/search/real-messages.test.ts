import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH_OPTIONS as DEFAULTS } from '../../src/search/search-defaults.ts';
import { specificity } from '../../src/text/english-frequency.ts';
import { realQueries } from '../support/real-queries.ts';

const { matcher, search, query, first } = await realQueries();
const weightOf = (text: string, word: string) => query(text).words.find((w) => w.word === word)?.weight;

describe('words the knowledge base lacks', () => {
  it('weigh little in a message on the subject: names, numbers and everyday words do not block an answer', () => {
    const unknown = search.index.idf('');
    expect(query('remedial secession Macron').onSubject).toBe(true);
    expect(weightOf('remedial secession Macron', 'macron')).toBeCloseTo(
      unknown * DEFAULTS.unknownWordWeight * specificity('macron'),
    );
    expect(weightOf('remedial secession in 1845', '1845')).toBe(0);
    expect(
      first("Macron's leadership keeps saying remedial secession is an accepted doctrine of international law"),
    ).toBe(first('remedial secession is an accepted doctrine of international law'));
  });

  it('weigh fully off the subject: the question is about what the article lacks', () => {
    expect(query('what is the capital of france').onSubject).toBe(false);
    expect(weightOf('best pizza in town', 'pizza')).toBeCloseTo(search.index.idf('') * specificity('pizza'));
    const offTopic = ['what is the capital of france', 'Who won the 2018 FIFA World Cup?', 'recommend me a good anime'];
    for (const q of offTopic) {
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
    // Baku's standard account of how the conflict began.
    expect(first("it all started with Armenia's territorial claims")).toBe('conflict-origins');
  });

  it('a phrase said once weighs once, however many keywords name it through synonyms', () => {
    // "Karabakh is Armenia" and "Artsakh is Armenia" are both keywords of one entry.
    const phrases = query('Artsakh has been Armenian for 3000 years.').words.filter(
      (w) => w.word === 'artsakh armenian',
    );
    expect(phrases).toHaveLength(1);
    expect(phrases[0]?.variants.map((v) => v.stem).sort()).toEqual(['artsakh armenia', 'karabakh armenia']);
    expect(first('Artsakh has been Armenian for 3000 years.')).toBe('armenians-since-antiquity');
    // The slogan's usual figures are the antiquity entry's keywords, so the number is not unknown.
    const ancient = matcher.ask('Armenians have been in Karabakh 5000 years');
    expect(ancient.answered).toBe(true);
    expect(ancient.candidates[0]?.entry.id).toBe('armenians-since-antiquity');
    // "Karabakh Armenians" no longer brings the unification slogan's entry among the runner-ups.
    const ids = matcher
      .ask('were karabakh armenians discriminated in soviet times')
      .candidates.slice(0, 3)
      .map((c) => c.entry.id);
    expect(ids[0]).toBe('soviet-era-discrimination');
    expect(ids).not.toContain('unification-not-independence');
  });

  it('later events and towns that changed hands are not answered from the article', () => {
    const later = [
      'who won the 2020 war',
      'when did azerbaijan take shushi',
      'Azerbaijan won the war; Artsakh is gone now.',
    ];
    for (const q of later) {
      expect(matcher.ask(q).verdict, q).toBe('out-of-scope');
    }
  });

  it('a town named in a claim the article answers does not send the claim away', () => {
    for (const q of [
      'Azerbaijani soldiers beheaded Armenian civilians in Hadrut, that proves the intent to exterminate',
      'Friction existed but coexistence was the norm in Baku and Shusha',
    ]) {
      const result = matcher.ask(q);
      expect(result.verdict, q).not.toBe('out-of-scope');
      expect(result.notAddressed, q).toEqual([]);
    }
  });

  it('a figure inside a claim does not pull an unrelated paragraph', () => {
    expect(first('In 1989 Armenians were 77% of the population of Nagorno-Karabakh')).toBe(
      'armenian-majority-self-determination',
    );
    expect(first('Armenians only arrived in 1828, before that Karabakh was mostly Muslim')).toBe(
      'armenians-as-settlers',
    );
  });
});
