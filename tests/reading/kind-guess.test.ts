import { afterAll, describe, expect, it } from 'vitest';
import { kindGuess } from '../../src/reading/kind-guess.ts';
import { KIND_EXAMPLES } from '../../src/reading/kind-examples/index.ts';
import { readMessage } from '../../src/reading/reading.ts';
import { closeSharedEngine, hybridLoaded } from '../support/hybrid.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge } = await realMatcher();
const loaded = await hybridLoaded(knowledge);
afterAll(closeSharedEngine);

describe('the kind of reply, as the model reads it', () => {
  it('takes the best-scoring kind and says by how much it leads the next', () => {
    const scores = new Float32Array(KIND_EXAMPLES.length);
    scores[KIND_EXAMPLES.findIndex((k) => k.kind === 'about')] = 0.9;
    scores[KIND_EXAMPLES.findIndex((k) => k.kind === 'topic')] = 0.4;
    const guess = kindGuess(scores);
    expect(guess?.kind).toBe('about');
    expect(guess?.lead).toBeCloseTo(0.5, 5);
    expect(kindGuess(undefined)).toBeUndefined();
    expect(kindGuess(new Float32Array(3))).toBeUndefined();
  });

  it.each([
    ['cheers mate, appreciate the quick reply', 'chat'],
    ['catch you all later, heading off', 'chat'],
    ['did anyone fact check this thing', 'about'],
    ['honestly who pays for this stuff', 'about'],
    // Longer than a chat, and over an entry the words are sure of: a question about the bot leads by far.
    ['does this bot get updated when new things happen or is it stuck in 2020 forever', 'about'],
    ['respect to you all, good discussion tonight', 'chat'],
  ] as const)('recognises what no pattern foresaw: "%s" is %s', async (message, kind) => {
    expect(KIND_EXAMPLES.some((k) => k.texts.includes(message))).toBe(false);
    const reading = await readMessage(loaded.matcher, message);
    expect(reading.kind).toBe(kind);
  });

  it('leaves a debate claim to the words, however short', async () => {
    for (const claim of ['karabakh was never a colony', 'turkey sent syrian mercenaries'])
      expect((await readMessage(loaded.matcher, claim)).kind, claim).toBe('argument');
  });
});
