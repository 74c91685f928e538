import { afterAll, describe, expect, it } from 'vitest';
import { readMessage } from '../../src/reading/reading.ts';
import { otherLanguageOf } from '../../src/text/language.ts';
import { closeSharedEngine, hybridLoaded } from '../support/hybrid.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge } = await realMatcher();
const loaded = await hybridLoaded(knowledge);
afterAll(closeSharedEngine);

describe('Russian and Armenian written in Latin letters', () => {
  it.each([
    ['privet, a chto eto za bot voobshche?', 'Russian'],
    ['nu i kto tebe skazal chto eto pravda', 'Russian'],
    ['barev axper, inchu es sarqel ays bot@?', 'Armenian'],
    ['ov e grel ays hodvac@, chgites?', 'Armenian'],
  ] as const)('"%s" is %s', (message, language) => {
    expect(otherLanguageOf(message)).toBe(language);
  });

  it.each([
    'artsakh hayastan e',
    'Artsakh jan, we will return',
    'tut tut, the article never says that',
    'nu, what does the article say about the Minsk group?',
    'the ceasefire was signed on 10 November 2020 and Shusha was taken',
  ])('"%s" stays English', (message) => {
    expect(otherLanguageOf(message)).toBeUndefined();
  });

  it('gets the notice that the bot reads English, as Cyrillic does, not a refusal or an argument', async () => {
    for (const message of ['slushay, kto napisal etu statyu i zachem?', 'barev, inch ka chka axper jan'])
      expect((await readMessage(loaded.matcher, message)).kind, message).toBe('other-language');
  });

  it('a message in another language that names the article or the bot gets that notice too', async () => {
    for (const message of ['а что в статье AVİM про Шушу?', 'bu botun mənbəyi AVİM-dir, etibarlıdır?'])
      expect((await readMessage(loaded.matcher, message)).kind, message).toBe('other-language');
  });
});
