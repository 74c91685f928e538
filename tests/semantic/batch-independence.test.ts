import { afterAll, describe, expect, it } from 'vitest';
import { closeSharedEngine, testEngine } from '../support/hybrid.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge } = await realMatcher();
const engine = await testEngine();
const index = await engine.index(knowledge.entries);
afterAll(closeSharedEngine);

describe('a text’s meaning does not depend on the texts read with it', () => {
  it('scores a sentence the same alone and beside longer ones, so every host ranks it alike', async () => {
    if (!index) throw new Error('the model did not load');
    const question = 'was karabakh a colony';
    const [alone] = await index.score([question]);
    const beside = await index.score([
      'The Armenians of Karabakh voted for independence in a referendum in December 1991, and they say so still.',
      question,
      'minsk group',
    ]);
    expect(alone?.length).toBe(knowledge.entries.length);
    expect([...(beside[1] ?? [])]).toEqual([...(alone ?? [])]);
    // And the same again later: nothing carried over from one question to the next.
    const [later] = await index.score([question]);
    expect([...(later ?? [])]).toEqual([...(alone ?? [])]);
  });
});
