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
});
