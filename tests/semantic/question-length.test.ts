import { afterAll, describe, expect, it } from 'vitest';
import { MODEL } from '../../src/semantic/model-manifest.ts';
import { closeSharedEngine, testEngine } from '../support/hybrid.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge } = await realMatcher();
const engine = await testEngine();
const index = await engine.index(knowledge.entries);
afterAll(closeSharedEngine);

// About 90 tokens: well past the question's cap, within the model's own length.
const LONG =
  'The Armenians of Nagorno-Karabakh have lived on that land for centuries, they voted for independence in a ' +
  'referendum in December 1991 under the Soviet law on secession, they defended themselves in a war they did ' +
  'not start, and after thirty years of self-government nobody can seriously ask them to live under Baku again';

describe('how much of a question the model reads', () => {
  it('reads a long question up to its opening questionTokens, so a longer message costs no more', async () => {
    if (!index) throw new Error('the model did not load');
    expect(MODEL.questionTokens).toBeLessThan(MODEL.maxTokens);
    const [long, longer] = await index.score([LONG, `${LONG}, and the world should finally recognise Artsakh.`]);
    expect([...(longer ?? [])]).toEqual([...(long ?? [])]);
  });

  it('still reads the whole of a question shorter than that', async () => {
    if (!index) throw new Error('the model did not load');
    const [short, shorter] = await index.score(['was karabakh a colony of armenia', 'was karabakh a colony']);
    expect([...(short ?? [])]).not.toEqual([...(shorter ?? [])]);
  });
});
