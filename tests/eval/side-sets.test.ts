import { afterAll, describe, expect, it } from 'vitest';
import { readMessage, type Reading } from '../../src/reading/reading.ts';
import { KIND_FLOORS, KINDS, overall, perLabel, STANCE_FLOORS, STANCES } from '../../src/evaluation/side-sets.ts';
import { KIND_EXAMPLES } from '../../src/reading/kind-examples/index.ts';
import { foldText } from '../../src/text/normalize.ts';
import { closeSharedEngine, hybridLoaded } from '../support/hybrid.ts';
import { realMatcher } from '../support/matcher.ts';
import { readSideSets } from '../support/side-sets.ts';

// Read as every surface reads a message: the hybrid matcher the bot uses by default.
const { knowledge } = await realMatcher();
const loaded = await hybridLoaded(knowledge);
afterAll(closeSharedEngine);
const sets = await readSideSets();
const { stanceSet, stanceFresh2, kindSet, kindFresh, kindFresh2, kindFresh3, kindFresh4 } = sets;
const { kindFresh5, kindFresh6, kindFresh7 } = sets;
const readings = new Map<string, Reading>();
const texts = Object.values(sets).flatMap((set) => set.map((i) => i.text));
for (const text of texts) {
  readings.set(text, await readMessage(loaded.matcher, text));
}
const reading = (text: string) => readings.get(text) as Reading;
/**
 * A judging message learnt in all but name: the same words as an example, or an example's words
 * (four or more, most of the message) with a few added ("how many soldiers died in the 44 day war
 * in total"). Folded, so case and punctuation do not hide it; emoji-only messages fold to nothing
 * and are compared as written.
 */
const folded = (text: string) => foldText(text) || text;
const learnt = (text: string, examples: readonly string[]) => {
  const mine = folded(text);
  return examples.some((example) => {
    const theirs = folded(example);
    if (mine === theirs) return true;
    const [short, long] = mine.length < theirs.length ? [mine, theirs] : [theirs, mine];
    const [few, many] = [short.split(' ').length, long.split(' ').length];
    return few >= 4 && few >= 0.6 * many && ` ${long} `.includes(` ${short} `);
  });
};

describe('how well the side and the kind are read', () => {
  it('stance, per side, on the held-apart stance set: at or above the floors', () => {
    const report = perLabel(
      STANCES,
      stanceSet.map((i) => [i.stance, reading(i.text).stance] as const),
    );
    const line = STANCES.map(
      (s) => `${s} ${(report[s].right / report[s].n).toFixed(3)} (${report[s].right}/${report[s].n})`,
    );
    console.log(`stance set: ${line.join(', ')}`);
    for (const stance of STANCES)
      expect(report[stance].right / report[stance].n, stance).toBeGreaterThanOrEqual(STANCE_FLOORS[stance]);
  });

  it('no post is given a side when the bot cannot tell: a wrong side is rarer than a neutral answer', () => {
    const sided = stanceSet.filter((i) => i.stance !== 'question');
    const wrongSide = sided.filter((i) => {
      const got = reading(i.text).stance;
      return got !== 'question' && got !== i.stance;
    });
    expect(wrongSide.length / sided.length).toBeLessThan(0.15);
  });

  it('no post arguing the other side is told the article makes a similar argument', () => {
    const told = [...stanceSet, ...stanceFresh2].filter(
      (i) => i.stance === 'other' && reading(i.text).stance === 'article',
    );
    expect(told.map((i) => i.text)).toEqual([]);
  });

  it.each([
    ['kind set', kindSet, KIND_FLOORS.tuned],
    ['first fresh kind batch', kindFresh, KIND_FLOORS.fresh],
    ['second fresh kind batch', kindFresh2, KIND_FLOORS.fresh2],
    ['third fresh kind batch', kindFresh3, KIND_FLOORS.fresh3],
    ['fourth fresh kind batch', kindFresh4, KIND_FLOORS.fresh4],
    ['fifth fresh kind batch', kindFresh5, KIND_FLOORS.fresh5],
    ['sixth fresh kind batch', kindFresh6, KIND_FLOORS.fresh6],
    ['seventh fresh kind batch', kindFresh7, KIND_FLOORS.fresh7],
  ] as const)('kind of reply on the %s: at or above its floor', (name, set, floor) => {
    const report = perLabel(
      KINDS,
      set.map((i) => [i.kind, reading(i.text).kind] as const),
    );
    console.log(
      `${name}: ${overall(report).toFixed(3)} — ` +
        KINDS.map((k) => `${k} ${report[k].right}/${report[k].n}`).join(', '),
    );
    expect(overall(report)).toBeGreaterThanOrEqual(floor);
  });

  it('the classifier learns from the first three kind sets, and from none of the batches that judge it', () => {
    const examples = KIND_EXAMPLES.flatMap((k) => k.texts);
    for (const set of [kindFresh3, kindFresh4, kindFresh5, kindFresh6])
      expect(set.filter((i) => learnt(i.text, examples)).map((i) => i.text)).toEqual([]);
    const written = new Set(examples);
    for (const set of [kindSet, kindFresh, kindFresh2])
      for (const item of set) expect(written.has(item.text), item.text).toBe(true);
  });
});
