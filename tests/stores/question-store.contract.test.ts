import { describe, expect, it } from 'vitest';
import type { QuestionEvent } from '../../src/stores/records.ts';
import { eachDatabase, IMPLEMENTATIONS } from '../support/store-implementations.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);
const GUILD = '1300000000000000001';
const OTHER = '1300000000000000002';

/** When, where and how a test question went. */
interface How {
  readonly daysAgo?: number;
  readonly entry?: string;
  readonly guildId?: string | null;
}

/** A question `daysAgo` days before NOW; answered with `entry` when given. */
function asked(text: string | undefined, how: How = {}): QuestionEvent {
  const { daysAgo = 0, entry, guildId = GUILD } = how;
  return {
    at: NOW - daysAgo * DAY,
    guildId,
    via: 'ask',
    question: text,
    verdict: entry ? 'clear' : 'not-answered',
    entryId: entry,
    candidates: [['karabakh-not-a-colony', 0.4]],
    latencyMs: 1.5,
  };
}

describe.each(IMPLEMENTATIONS)('QuestionStore contract: $name', (implementation) => {
  const db = eachDatabase(implementation);

  it('counts a period per day, answered or not, for one server or all, DMs in all only', async () => {
    const { questions } = db.stores();
    await questions.record([
      asked('Was Karabakh a colony?', { entry: 'karabakh-not-a-colony' }),
      asked('who won the cup', { daysAgo: 1 }),
      asked('Who won the cup?', { daysAgo: 1 }),
      asked('in a DM', { guildId: null }),
      asked('elsewhere', { guildId: OTHER, daysAgo: 2 }),
      asked('too old for the period', { daysAgo: 7 }),
    ]);
    const one = await questions.summary({ days: 3, guildId: GUILD, now: NOW });
    expect(one.days).toBe(3);
    expect(one.guildId).toBe(GUILD);
    expect(one.asked).toBe(3);
    expect(one.answered).toBe(1);
    expect(one.perDay).toEqual([0, 2, 1]);
    expect(one.unanswered).toEqual([{ text: 'who won the cup', count: 2 }]);
    expect(one.mostAsked).toEqual([{ entryId: 'karabakh-not-a-colony', count: 1, helpful: 0, notHelpful: 0 }]);
    expect(one.notHelpful).toEqual([]);
    const all = await questions.summary({ days: 3, now: NOW });
    expect(all.guildId).toBeUndefined();
    expect(all.asked).toBe(5);
    expect(all.perDay).toEqual([1, 2, 2]);
  });

  it('groups unanswered questions by normalised text, most asked first; keeps no text when told not to', async () => {
    const { questions } = db.stores();
    await questions.record([
      asked('What about "Lachin", then?'),
      asked('what about lachin then'),
      asked('  WHAT   about Lachin,  then '),
      asked('a question asked once'),
      asked(undefined),
      asked(undefined),
    ]);
    const period = { days: 1, now: NOW };
    expect(await questions.unanswered({ ...period, limit: 10 })).toEqual([
      { text: 'what about lachin then', count: 3 },
      { text: 'a question asked once', count: 1 },
    ]);
    expect(await questions.unanswered({ ...period, limit: 1 })).toEqual([{ text: 'what about lachin then', count: 3 }]);
    // Outcomes only: counted, never listed.
    expect((await questions.summary(period)).asked).toBe(6);
  });

  it('shows the votes of the period beside the entries they rate', async () => {
    const { questions, votes } = db.stores();
    await questions.record([asked('q', { entry: 'a' }), asked('q', { entry: 'a' }), asked('q', { entry: 'b' })]);
    const cast = [
      ['v1', 'a', true],
      ['v2', 'a', false],
      ['v3', 'b', false],
      ['v4', 'b', false],
    ] as const;
    for (const [voter, entryId, helpful] of cast) {
      await votes.vote({ voter, at: NOW, guildId: GUILD, entryId, helpful });
    }
    const figures = await questions.summary({ days: 7, guildId: GUILD, now: NOW });
    expect(figures.mostAsked).toEqual([
      { entryId: 'a', count: 2, helpful: 1, notHelpful: 1 },
      { entryId: 'b', count: 1, helpful: 0, notHelpful: 2 },
    ]);
    expect(figures.notHelpful).toEqual([
      { entryId: 'b', helpful: 0, notHelpful: 2 },
      { entryId: 'a', helpful: 1, notHelpful: 1 },
    ]);
    expect((await questions.summary({ days: 7, guildId: OTHER, now: NOW })).notHelpful).toEqual([]);
  });

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

  it('keeps what one connection writes for the next, as shards share one database', async () => {
    await db.stores().questions.record([asked('from one shard')]);
    const other = await db.database().open();
    try {
      expect(await other.questions.unanswered({ days: 1, now: NOW, limit: 5 })).toEqual([
        { text: 'from one shard', count: 1 },
      ]);
    } finally {
      await other.close();
    }
  });
});
