import { describe, expect, it } from 'vitest';
import { realMatcher } from '../support/matcher.ts';

const { matcher, knowledge } = await realMatcher();
const cases = knowledge.scope.flatMap((t) => t.terms.map((term) => [t.topic, term] as const));

describe('topics the article does not address (knowledge/scope.yaml)', () => {
  it('lists the topics real participants raise', () => {
    expect(knowledge.scope.length).toBeGreaterThanOrEqual(12);
    for (const name of [
      'referendum',
      'Kavburo',
      'Kosovo',
      'Quebec',
      'Madrid',
      'Lachin',
      'September 2023',
      'dissolution',
      'Khojaly',
      'property',
      'who won',
      'Maraga',
      'April 2016',
      'landmines',
      'European Union',
      'ASALA',
      'caviar',
      'Nakhchivan',
      'Western Azerbaijan',
      'celebrities',
      '1994 ceasefire',
      'recent incident',
      'held in Azerbaijan',
    ]) {
      expect(
        knowledge.scope.some((t) => t.topic.includes(name)),
        name,
      ).toBe(true);
    }
  });

  it.each(cases)('"%s" — named as "%s" — gets the out-of-scope verdict, not an argument', (topic, term) => {
    for (const question of [term, `what about ${term}?`]) {
      const result = matcher.ask(question);
      expect(result, question).toMatchObject({ answered: false, verdict: 'out-of-scope' });
      expect(result.notAddressed, question).toContain(topic);
    }
  });

  it.each([
    ['Armenia refuses to hand over the mine maps', 'landmines and the maps of minefields'],
    ['Armenia should join the European Union', "Armenia's or Azerbaijan's relations with the European Union or NATO"],
    [
      'Armenia will remove Karabakh from its constitution',
      'the Armenia–Azerbaijan peace process after 2020 or the 2025 Washington declaration',
    ],
    ['What happened in the April 2016 four-day war?', 'the April 2016 clashes (the Four-Day War)'],
    [
      'Azerbaijan broke the ceasefire many times',
      'how the 1994 ceasefire was signed, or its violations along the line of contact',
    ],
    [
      'How big is the Armenian army?',
      "figures the article does not give (today's population, war casualties, the economy)",
    ],
    ['Pashinyan betrayed Artsakh', 'the politics of Armenia or Azerbaijan today (leaders, elections, governments)'],
    [
      'Yerevan was an Azerbaijani city called Irevan',
      'Irevan and "Western Azerbaijan" (claims to Armenia\'s present territory)',
    ],
    [
      "Armenia's new attack against Azerbaijan is an act of aggression",
      'news of a recent incident (a new attack or clash after the article)',
    ],
    [
      'Azerbaijan must release the Armenian prisoners',
      'the Armenians held in Azerbaijan after the 2020 war (prisoners, detainees and their release)',
    ],
    ['Why did Azerbaijan close the Lachin road?', 'the blockade of the Lachin corridor (2022–23)'],
    ['Turkey wants a military base in Azerbaijan', 'the roles of Iran, Russia or other powers in the South Caucasus'],
    [
      'the dissolution of the Minsk Group was a mistake',
      'the Armenia–Azerbaijan peace process after 2020 or the 2025 Washington declaration',
    ],
  ])('a later subject in a user\'s own words, "%s", is not answered from a near miss', (question, topic) => {
    expect(matcher.ask(question)).toMatchObject({ answered: false, verdict: 'out-of-scope', notAddressed: [topic] });
  });

  it('a year after the article is "events after 11 November 2020", unless a named topic says more', () => {
    expect(matcher.ask('what did azerbaijan do in 2023')).toMatchObject({
      verdict: 'out-of-scope',
      notAddressed: ['events after 11 November 2020'],
    });
    expect(matcher.ask('the 2023 offensive emptied Karabakh')).toMatchObject({
      verdict: 'out-of-scope',
      notAddressed: ["Azerbaijan's military operation of September 2023 and the exodus that followed"],
    });
  });

  it('a topic of later events ("since") is not named by a question dated only before them', () => {
    const lachin = 'the blockade of the Lachin corridor (2022–23)';
    expect(knowledge.scope.find((t) => t.topic === lachin)?.since).toBe(2022);
    expect(matcher.ask('Stepanakert was under a blockade in 2022').notAddressed).toContain(lachin);
    expect(matcher.ask('Stepanakert was under a blockade').notAddressed).toContain(lachin);
    const first = matcher.ask(
      'In February 1992 the capital of Karabakh, Stepanakert, was under a blockade and constant bombardment by ' +
        'Azerbaijani forces',
    );
    expect(first.notAddressed).toEqual([]);
    expect(first).toMatchObject({ answered: true });
    expect(first.candidates[0]?.entry.id).toBe('civilian-shelling-2020');
    // Any later year names the topic again, whatever earlier years the question also has.
    expect(matcher.ask('the blockade of 1992 and the blockade of 2023').notAddressed).toContain(lachin);
  });

  it("arms supplied from Armenia before 1992 are the article's subject; other states' arms supplies are not", () => {
    const arms = 'arms supplies to either side (Israel, Russia, others)';
    expect(knowledge.scope.find((t) => t.topic === arms)?.since).toBe(1992);
    const early = matcher.ask('Armenia sent arms supplies to the Karabakh militias in 1990');
    expect(early).toMatchObject({ answered: true, notAddressed: [] });
    expect(early.candidates[0]?.entry.id).toBe('armed-militias-from-1989');
    expect(matcher.ask("Israel's arms supplies to Azerbaijan")).toMatchObject({
      answered: false,
      verdict: 'out-of-scope',
      notAddressed: [arms],
    });
  });

  it('answers a question the article answers, with an unaddressed topic beside it as a caveat', () => {
    const result = matcher.ask('Turkey sent Syrian jihadist mercenaries to fight for Azerbaijan, as in Kosovo');
    expect(result).toMatchObject({
      answered: true,
      notAddressed: ["Kosovo or the International Court of Justice's 2010 advisory opinion"],
    });
    expect(result.candidates[0]?.entry.id).toBe('turkey-mercenaries-unproved');
  });
});
