import { describe, expect, it } from 'vitest';
import {
  isChat,
  isFiller,
  opensLikeChat,
  sectionAsked,
  topicSubject,
  withoutGreeting,
} from '../../src/reading/message-kind.ts';
import { realMatcher } from '../support/matcher.ts';

// The publisher's names as the bundled source's front matter gives them (AVİM and its long names).
const { knowledge } = await realMatcher();
const NAMES = knowledge.sources.flatMap((s) => s.publisherNames);

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
    ['what does the article say about genocide?', 'genocide'],
    ['What does it say on the Minsk Group', 'the minsk group'],
    ["what's the article's take on the UN resolutions", 'the un resolutions'],
    ['tell me about the colonial argument', 'the colonial argument'],
    ['the exhaustion of remedies part, what does it say', 'the exhaustion of remedies'],
    ['minsk', 'minsk'],
    ['the war?', 'the war'],
    // Asked of the source mid-message, or the subject first and the ask after it.
    ['quick one - how does the author handle the mercenary allegations?', 'the mercenary allegations'],
    ['does the paper get into the security council stuff at all', 'the security council stuff'],
    ["whats the paper's view on the autonomy offers", 'the autonomy offers'],
    ['lets get the bot to lay out how the text handles the autonomy offers', 'the autonomy offers'],
    // A preposition is a word of its own ("re" is not the start of "remedial"), and "to me" is no subject.
    ['does it mention remedial secession at all', 'remedial secession'],
    ['explain remedial secession to me', 'remedial secession'],
    ['right of return for displaced azerbaijanis, is that covered?', 'right of return for displaced azerbaijanis'],
    [
      "war crimes allegations from this autumn's fighting — anything in there?",
      'war crimes allegations from this autumn fighting',
    ],
  ])('"%s" asks for a topic: %s', (text, subject) => expect(topicSubject(text, NAMES)).toBe(subject));

  it.each([
    'Artsakh is Armenia',
    'was Karabakh a colony?',
    'Armenia occupied Karabakh and the seven districts for decades',
    // A claim about what the source argues is not a request for its subject, and mid-message "it"
    // is whatever came before, not the article.
    'does the article cover whether that was valid',
    'does the article mention that armenia occupied the districts',
    'does the article mention that azerbaijan ethnically cleansed artsakh',
    'how does the author handle the fact that armenia occupied 20% of azerbaijan',
    'UN resolution 822 - did it mention armenia as the occupier?',
    'armenia occupied kelbajar in 1993, how did it treat the azeri civilians there',
    'the article concludes that remedial secession has no relevance in frozen conflicts',
  ])('"%s" is a claim or a question, not a topic', (text) => expect(topicSubject(text, NAMES)).toBeUndefined());

  it('chat that opens a message is recognised even with words after it', () => {
    expect(opensLikeChat('ty that was useful')).toBe(true);
    expect(opensLikeChat('Armenia occupied it')).toBe(false);
  });

  it.each(['hmm', 'wait what', 'ok but', 'so like', 'huh?'])('"%s" is only filler', (text) =>
    expect(isFiller(text)).toBe(true),
  );

  it.each(['hmm karabakh', 'what about minsk', 'ok but Armenia occupied it'])('"%s" is not', (text) => {
    expect(isFiller(text)).toBe(false);
  });

  it('a section asked for by number alone is that section; in a sentence it is not', () => {
    expect(sectionAsked('section 4?')).toBe(4);
    expect(sectionAsked("what's in section 3")).toBe(3);
    expect(sectionAsked('what does section 2 cover')).toBe(2);
    expect(sectionAsked('explain section 5 pls')).toBe(5);
    expect(sectionAsked('section 6 summary?')).toBe(6);
    expect(sectionAsked('tell me about section 5')).toBe(5);
    expect(sectionAsked('sec 4')).toBe(4);
    expect(sectionAsked('§6')).toBe(6);
    expect(sectionAsked('what does § 7 say?')).toBe(7);
    expect(sectionAsked('what does section 2 say about colonies')).toBeUndefined();
    expect(sectionAsked('section 4 says Armenia occupied the districts')).toBeUndefined();
  });

  it.each(['lmaooo', 'fair point', 'gotcha', 'w bot'])('"%s" is chat', (text) => expect(isChat(text)).toBe(true));

  it.each([
    ['love from yerevan', 'love from baku'],
    ['greetings from Armenia!', 'greetings from Azerbaijan!'],
    ['thanks, proud Armenian here', 'thanks, proud Azerbaijani here'],
  ])('a greeting that names where the writer is from is chat from either side: "%s", "%s"', (one, other) => {
    expect([isChat(one), isChat(other)]).toEqual([true, true]);
  });

  it('agreement alone is a reaction from either side; with a claim after it, a claim', () => {
    expect([isChat('I agree with Armenia'), isChat('I agree with Azerbaijan'), isChat('totally disagree')]).toEqual([
      true,
      true,
      true,
    ]);
    expect(isChat('I agree with Armenia that Karabakh is theirs')).toBe(false);
  });

  it('a claim after such a greeting is not chat', () => {
    expect(isChat('greetings from armenia, azerbaijan occupied artsakh')).toBe(false);
    expect(isChat('proud azerbaijani here and karabakh is azerbaijan')).toBe(false);
  });
});
