// Messages that ask about the bot or its source (its publisher, its date, its side) rather than
// about the conflict: the about card answers them, not an argument.
import { describe, expect, it } from 'vitest';
import { isAbout, namesPublisher } from '../../src/reading/message-kind.ts';
import { realMatcher } from '../support/matcher.ts';

// The publisher's names as the bundled source's front matter gives them (AVİM and its long names).
const { knowledge } = await realMatcher();
const NAMES = knowledge.sources.flatMap((s) => s.publisherNames);

describe('what kind of message it is, before any matching', () => {
  it.each([
    'Is this bot just Azerbaijani propaganda?',
    'who wrote this article',
    'what can you do?',
    'is the source biased?',
    'when was the article written',
    'are you pro armenian or what',
    'can I get the link to the original article',
  ])('"%s" asks about the bot or its source', (text) => expect(isAbout(text, NAMES)).toBe(true));

  it.each([
    'Karabakh was never a colony',
    'what does the article say about genocide?',
    'the UN resolutions demanded withdrawal',
  ])('"%s" does not', (text) => expect(isAbout(text, NAMES)).toBe(false));

  it('the publisher named outside a topic question is asked about', () => {
    expect(namesPublisher('is AVIM a government body?', NAMES)).toBe(true);
    expect(namesPublisher('who funds the Center for Eurasian Studies', NAMES)).toBe(true);
    expect(namesPublisher('Armenia occupied the districts', NAMES)).toBe(false);
  });

  it('a publisher is known by the names its source gives, not by names written in code', () => {
    expect(namesPublisher('is AVIM a government body?')).toBe(false);
    expect(namesPublisher('is the Acme Institute a government body?', ['Acme Institute'])).toBe(true);
    expect(isAbout('who is behind acme institute?', ['Acme Institute'])).toBe(true);
    expect(isAbout('who is behind acme institute?', NAMES)).toBe(false);
  });

  it.each([
    'what are you',
    'how old is this article?',
    "who's behind this",
    'why should I trust this',
    'can you show both sides',
  ])('"%s" asks about the bot or its source too', (text) => expect(isAbout(text, NAMES)).toBe(true));

  it('"what\'s the article\'s take on X" asks about X, not about the article', () => {
    expect(isAbout("what's the article's take on the UN resolutions")).toBe(false);
    expect(isAbout("what's the article?")).toBe(true);
  });

  it.each(['this article was written before the ceasefire right?', 'was it published after the war?'])(
    '"%s" asks when the article was written: the about card says',
    (text) => expect(isAbout(text)).toBe(true),
  );

  it.each([
    ['Does the article present the Armenian side fairly?', 'Does the article present the Azerbaijani side fairly?'],
    ['is the article slanted', 'is the bot skewed'],
  ])('"%s" and "%s" ask about the source\'s fairness: the about card says which side it argues', (one, other) => {
    expect([isAbout(one), isAbout(other)]).toEqual([true, true]);
  });
});
