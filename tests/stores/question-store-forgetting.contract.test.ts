// The QuestionStore contract, continued: purging by age and by server, what one server keeps, and
// forgetting one person. Every implementation passes the same tests (store-implementations.ts).
import { describe, expect, it } from 'vitest';
import { asked, DAY, GUILD, NOW, OTHER, type How } from '../support/question-events.ts';
import { eachDatabase, IMPLEMENTATIONS } from '../support/store-implementations.ts';

describe.each(IMPLEMENTATIONS)('QuestionStore contract: $name', (implementation) => {
  const db = eachDatabase(implementation);

  it('purges questions and votes older than a time, and says how many questions went', async () => {
    const { questions, votes } = db.stores();
    const old = { daysAgo: 100 };
    await questions.record([asked('old', old), asked('old', old), asked('new', { daysAgo: 1 })]);
    await votes.vote({ voter: 'old', at: NOW - 100 * DAY, guildId: GUILD, entryId: 'a', helpful: false });
    await votes.vote({ voter: 'new', at: NOW - DAY, guildId: GUILD, entryId: 'b', helpful: false });
    expect(await questions.purgeBefore(NOW - 90 * DAY)).toBe(2);
    const left = await questions.summary({ days: 365, now: NOW });
    expect(left.asked).toBe(1);
    expect(left.unanswered).toEqual([{ text: 'new', count: 1 }]);
    expect(left.notHelpful).toEqual([{ entryId: 'b', helpful: 0, notHelpful: 1 }]);
    expect(await questions.purgeBefore(NOW - 90 * DAY)).toBe(0);
  });

  it('purges one server, its questions and votes, and leaves the others', async () => {
    const { questions, votes } = db.stores();
    await questions.record([asked('mine'), asked('mine too'), asked('theirs', { guildId: OTHER })]);
    await votes.vote({ voter: 'x', at: NOW, guildId: GUILD, entryId: 'a', helpful: false });
    await votes.vote({ voter: 'y', at: NOW, guildId: OTHER, entryId: 'a', helpful: false });
    expect(await questions.purgeGuild(GUILD)).toBe(2);
    expect(await questions.summary({ days: 1, guildId: GUILD, now: NOW })).toMatchObject({
      asked: 0,
      unanswered: [],
      notHelpful: [],
    });
    const theirs = await questions.summary({ days: 1, guildId: OTHER, now: NOW });
    expect(theirs.asked).toBe(1);
    expect(theirs.notHelpful).toEqual([{ entryId: 'a', helpful: 0, notHelpful: 1 }]);
  });

  it('counts what one server keeps, text or not, and nothing of the others', async () => {
    const { questions, votes } = db.stores();
    expect(await questions.keptFor(GUILD)).toEqual({ questions: 0, withText: 0, votes: 0, oldest: undefined });
    await questions.record([
      asked('mine', { daysAgo: 3 }),
      asked(undefined, { daysAgo: 1 }),
      asked('theirs', { guildId: OTHER, daysAgo: 9 }),
    ]);
    await votes.vote({ voter: 'x', at: NOW, guildId: GUILD, entryId: 'a', helpful: true });
    expect(await questions.keptFor(GUILD)).toEqual({ questions: 2, withText: 1, votes: 1, oldest: NOW - 3 * DAY });
    expect(await questions.keptFor(OTHER)).toMatchObject({ questions: 1, votes: 0, oldest: NOW - 9 * DAY });
  });

  it("forgets one person: their questions, votes and daily counts, and no one else's", async () => {
    const { questions, votes } = db.stores();
    const theirs = (text: string, how: How = {}) => ({ ...asked(text, how), asker: 'hash-of-them' });
    await questions.record([
      theirs('their own words', { daysAgo: 1 }),
      theirs('their answered one', { entry: 'karabakh-not-a-colony' }),
      asked('their own words', { daysAgo: 1 }),
      asked('someone else asks'),
    ]);
    await votes.vote({ voter: 'v1', at: NOW, guildId: GUILD, entryId: 'a', helpful: false, asker: 'hash-of-them' });
    await votes.vote({ voter: 'v2', at: NOW, guildId: GUILD, entryId: 'a', helpful: true, asker: 'someone' });
    expect(await questions.forgetAsker('hash-of-them')).toBe(2);
    const left = await questions.summary({ days: 7, guildId: GUILD, now: NOW });
    expect(left.asked).toBe(2);
    expect(left.answered).toBe(0);
    expect(left.unanswered).toEqual([
      { text: 'someone else asks', count: 1 },
      { text: 'their own words', count: 1 },
    ]);
    expect(left.notHelpful).toEqual([]);
    expect(left.mostAsked).toEqual([]);
    expect(await questions.forgetAsker('hash-of-them')).toBe(0);
  });
});
