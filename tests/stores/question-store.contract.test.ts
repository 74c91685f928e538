import { describe, expect, it } from 'vitest';
import { asked, GUILD, NOW, OTHER } from '../support/question-events.ts';
import { eachDatabase, IMPLEMENTATIONS } from '../support/store-implementations.ts';

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
