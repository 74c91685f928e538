import { describe, expect, it } from 'vitest';
import type { Vote } from '../../src/stores/votes.ts';
import { eachDatabase, IMPLEMENTATIONS } from '../support/store-implementations.ts';

const NOW = Date.UTC(2026, 10, 20, 12);
const GUILD = '1300000000000000001';
const vote = (voter: string, helpful: boolean, entryId = 'karabakh-not-a-colony'): Vote => ({
  voter,
  at: NOW,
  guildId: GUILD,
  entryId,
  helpful,
});

describe.each(IMPLEMENTATIONS)('VoteStore contract: $name', (implementation) => {
  const db = eachDatabase(implementation);

  it('counts a vote once per voter, changes it when the voter changes their mind', async () => {
    const { votes, questions } = db.stores();
    expect(await votes.vote(vote('a', true))).toBe('counted');
    expect(await votes.vote(vote('a', true))).toBe('again');
    expect(await votes.vote(vote('a', false))).toBe('changed');
    expect(await votes.vote(vote('a', false))).toBe('again');
    expect(await votes.vote(vote('b', false))).toBe('counted');
    expect(await votes.vote({ ...vote('c', true), guildId: null })).toBe('counted');
    // Two not helpful (a changed, b) and one helpful (c, in a DM): every server's figures.
    expect((await questions.summary({ days: 1, now: NOW })).notHelpful).toEqual([
      { entryId: 'karabakh-not-a-colony', helpful: 1, notHelpful: 2 },
    ]);
  });

  it("keeps one secret key for the voters' hashes, the same for every connection", async () => {
    const first = await db.stores().votes.voteKey();
    expect(first.byteLength).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(await db.stores().votes.voteKey()).equals(Buffer.from(first))).toBe(true);
    const other = await db.database().open();
    try {
      expect(Buffer.from(await other.votes.voteKey()).equals(Buffer.from(first))).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('gives each new database a key of its own', async () => {
    const another = await implementation.create();
    const stores = await another.open();
    try {
      const theirs = Buffer.from(await stores.votes.voteKey());
      expect(theirs.equals(Buffer.from(await db.stores().votes.voteKey()))).toBe(false);
    } finally {
      await stores.close();
      await another.dispose();
    }
  });
});
