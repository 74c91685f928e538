import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/search/candidates.ts';
import { createHybridMatcher } from '../../src/search/hybrid-matcher.ts';
import { createMatcher } from '../../src/search/matcher.ts';
import type { Rerank } from '../../src/search/search-options.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge, matcher: plain } = await realMatcher();
const withRerank = (rerank: Rerank, onFailure?: (error: unknown) => void) =>
  createHybridMatcher(createMatcher(knowledge, { rerank }), undefined, onFailure);
const ids = (candidates: readonly Candidate[]) => candidates.map((c) => c.entry.id);
/** A toy re-ranker: the entry `id` first, the others in the order given. */
const boost =
  (id: string): Rerank =>
  async (_question, candidates) =>
    [...candidates].sort((a, b) => Number(b.entry.id === id) - Number(a.entry.id === id));

describe('the re-rank step', () => {
  it('changes the answer when it puts another entry first that meets the bar', async () => {
    const question = "illegal acts can't create rights right?";
    expect(plain.ask(question).candidates[0]?.entry.id).toBe('movement-relied-on-violence');
    const result = await withRerank(boost('ex-injuria-legality')).ask(question);
    expect(result).toMatchObject({ answered: true, verdict: 'close', close: ['movement-relied-on-violence'] });
    expect(ids(result.candidates)).toEqual([
      'ex-injuria-legality',
      'movement-relied-on-violence',
      'secession-perpetuates-violations',
    ]);
    expect(ids(result.alternatives)).toContain('movement-relied-on-violence');
  });

  it('a reversing re-ranker changes the first entry, and the verdict is judged on it', async () => {
    const question = 'was karabakh a colony of azerbaijan historically?';
    const reverse: Rerank = (_question, candidates) => [...candidates].reverse();
    const result = await withRerank(reverse).ask(question);
    expect(ids(result.candidates)).toEqual([...ids(plain.ask(question).candidates)].reverse());
    expect(result.candidates[0]?.entry.id).toBe('colonial-framing-scholarship');
    expect(result.answered).toBe(true);
  });

  it('cannot lower the bar: an entry that explains too little of the question is not answered', async () => {
    const question = 'Karabakh was never a colony. Turkey sent mercenaries.';
    expect(plain.ask(question)).toMatchObject({ answered: true });
    const result = await withRerank(boost('karabakh-not-a-colony')).ask(question);
    expect(result).toMatchObject({ answered: false, verdict: 'unexplained', alternatives: [] });
    expect(result.candidates[0]?.entry.id).toBe('karabakh-not-a-colony');
    expect(ids(result.suggestions)).toContain('karabakh-not-a-colony');
  });

  it('keeping the order keeps the result as it was', async () => {
    const keep = withRerank((_question, candidates) => candidates);
    for (const question of ['was karabakh a colony?', 'what is the capital of france', 'who won the 2023 war?']) {
      expect(await keep.ask(question), question).toEqual(plain.ask(question));
    }
  });

  it('is asked with the question as read and its candidates, and not for a message it cannot read', async () => {
    const asked: string[] = [];
    const spy = withRerank((question, candidates) => (asked.push(`${question} ${candidates.length}`), candidates));
    await spy.ask('was karabakh a colony?');
    await spy.ask('hello there');
    await spy.ask('Karabağ Azərbaycandır və heç vaxt müstəmləkə olmayıb');
    expect(asked).toEqual(['was karabakh a colony? 3']);
  });

  it('re-ranks each claim of a message too', async () => {
    const message = 'Karabakh was never a colony. Turkey sent jihadist mercenaries to fight there.';
    const before = plain.claims(message).claims.map((c) => c.result.candidates[0]?.entry.id);
    expect(before).toContain('turkey-mercenaries-unproved');
    const found = await withRerank(boost('armenians-as-settlers')).claims(message);
    expect(found.claims.map((c) => c.result.candidates[0]?.entry.id)).toContain('armenians-as-settlers');
    expect(found.claims.map((c) => c.result.candidates[0]?.entry.id)).not.toEqual(before);
  });

  it('that fails costs nothing but itself: the answer stands and the failure is reported', async () => {
    const failures: unknown[] = [];
    const broken = withRerank(
      async () => {
        throw new Error('the re-ranker is down');
      },
      (error) => failures.push(error),
    );
    const result = await broken.ask('was karabakh a colony?');
    expect(result).toEqual(plain.ask('was karabakh a colony?'));
    expect(String(failures[0])).toMatch(/re-ranker is down/);
  });
});
