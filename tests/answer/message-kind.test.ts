import { describe, expect, it } from 'vitest';
import {
  isAbout,
  isChat,
  namesPublisher,
  opensLikeChat,
  topicSubject,
  withoutGreeting,
} from '../../src/answer/message-kind.ts';

describe('what kind of message it is, before any matching', () => {
  it.each(['hi', 'Hello there!', 'thanks', 'thank you so much', 'good bot', 'gm everyone', 'bot hi', 'lol ok'])(
    '"%s" is chat',
    (text) => expect(isChat(text)).toBe(true),
  );

  it.each(['hi, was Karabakh a colony?', 'thanks for nothing, Armenia occupied Karabakh', 'Karabakh'])(
    '"%s" is not only chat',
    (text) => expect(isChat(text)).toBe(false),
  );

  it('a greeting before a question is dropped, the question kept as written', () => {
    expect(withoutGreeting('hey, was Karabakh a colony?')).toBe('was Karabakh a colony?');
    expect(withoutGreeting('Karabakh was a colony')).toBe('Karabakh was a colony');
  });

  it.each([
    'Is this bot just Azerbaijani propaganda?',
    'who wrote this article',
    'what can you do?',
    'is the source biased?',
    'when was the article written',
    'are you pro armenian or what',
    'can I get the link to the original article',
  ])('"%s" asks about the bot or its source', (text) => expect(isAbout(text)).toBe(true));

  it.each([
    'Karabakh was never a colony',
    'what does the article say about genocide?',
    'the UN resolutions demanded withdrawal',
  ])('"%s" does not', (text) => expect(isAbout(text)).toBe(false));

  it('the publisher named outside a topic question is asked about', () => {
    expect(namesPublisher('is AVIM a government body?')).toBe(true);
    expect(namesPublisher('Armenia occupied the districts')).toBe(false);
  });

  it.each([
    ['what does the article say about genocide?', 'genocide'],
    ['What does it say on the Minsk Group', 'the minsk group'],
    ["what's the article's take on the UN resolutions", 'the un resolutions'],
    ['tell me about the colonial argument', 'the colonial argument'],
    ['the exhaustion of remedies part, what does it say', 'the exhaustion of remedies'],
    ['minsk', 'minsk'],
    ['the war?', 'the war'],
  ])('"%s" asks for a topic: %s', (text, subject) => expect(topicSubject(text)).toBe(subject));

  it.each([
    'Artsakh is Armenia',
    'was Karabakh a colony?',
    'Armenia occupied Karabakh and the seven districts for decades',
  ])('"%s" is a claim or a question, not a topic', (text) => expect(topicSubject(text)).toBeUndefined());

  it('chat that opens a message is recognised even with words after it', () => {
    expect(opensLikeChat('ty that was useful')).toBe(true);
    expect(opensLikeChat('Armenia occupied it')).toBe(false);
  });
});
