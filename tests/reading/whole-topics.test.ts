import { afterAll, describe, expect, it } from 'vitest';
import { asksForSummary, topicSubject } from '../../src/reading/message-kind.ts';
import { readMessage } from '../../src/reading/reading.ts';
import { closeSharedEngine, hybridLoaded } from '../support/hybrid.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge } = await realMatcher();
const loaded = await hybridLoaded(knowledge);
afterAll(closeSharedEngine);
const theses = knowledge.entries.filter((e) => e.thesis).map((e) => e.id);

describe('the whole article asked for', () => {
  it.each([
    'summarize the article',
    "what is the article's main argument?",
    'what does the article argue',
    'gimme the key points of the paper',
    'tl;dr of the article pls',
    'tell me about the article',
  ])('"%s" lists its main points: the introduction\'s and the conclusion\'s theses first', async (message) => {
    const reading = await readMessage(loaded.matcher, message);
    expect(reading.kind).toBe('topic');
    const picks = reading.picks.map((e) => e.id);
    expect(picks.slice(0, 2)).toEqual([theses[0], theses.at(-1)]);
    expect(picks.every((id) => theses.includes(id))).toBe(true);
  });

  it('a summary of one part, or a claim about the article, is not a summary of the whole', () => {
    expect(asksForSummary('tldr of the conclusion pls')).toBe(false);
    expect(asksForSummary('the main argument of the article is wrong')).toBe(false);
    expect(asksForSummary('what does the article say about genocide')).toBe(false);
  });
});

describe('a section asked for in other words', () => {
  it.each(['sec 4', '§4', 'tell me about section 4', 'what does section 4 cover', "what's section 4 about"])(
    '"%s" lists section 4, its thesis first',
    async (message) => {
      const reading = await readMessage(loaded.matcher, message);
      expect(reading.kind).toBe('topic');
      expect(reading.subject).toMatch(/^§4 /);
      expect(reading.picks[0]?.thesis).toBe(true);
      expect(reading.picks.every((e) => e.section === 4)).toBe(true);
    },
  );
});

describe('a section asked for by its place', () => {
  const sections = knowledge.sources[0]?.sections ?? [];
  it.each([
    ['whats the argument in the intro', sections[0]?.number],
    ['the introduction pls', sections[0]?.number],
    ['summarize the conclusion', sections.at(-1)?.number],
    ["what's the gist of the conclusion", sections.at(-1)?.number],
  ])('"%s" lists section %i', async (message, number) => {
    const reading = await readMessage(loaded.matcher, message);
    expect(reading.kind).toBe('topic');
    expect(reading.subject).toMatch(new RegExp(`^§${number} `));
    expect(reading.picks.length).toBeGreaterThan(0);
    expect(reading.picks.every((e) => e.section === number)).toBe(true);
  });

  it('a claim about a part is not a request for it', async () => {
    expect((await readMessage(loaded.matcher, 'the conclusion of the article is propaganda')).kind).not.toBe('topic');
  });
});

describe('a subject named with the part of the text it is in', () => {
  it.each([
    ['occupied territories bit?', 'occupied territories'],
    ['turkey section pls @Counterpoint', 'turkey'],
    ["what's the paper's view on the minsk group", 'the minsk group'],
  ])('"%s" asks about %s', (message, subject) => {
    expect(topicSubject(message)).toBe(subject);
  });
});

describe('a subject asked of the author', () => {
  it('is read for its subject even when the article lists nothing on it; the author alone is asked about', async () => {
    const iran = await readMessage(loaded.matcher, 'What does the author think about Iran?');
    expect(iran.kind).not.toBe('about');
    expect(iran.match?.candidates.length).toBeGreaterThan(0);
    expect((await readMessage(loaded.matcher, 'who is the author')).kind).toBe('about');
  });
});
