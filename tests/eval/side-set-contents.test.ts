import { describe, expect, it } from 'vitest';
import { readRealPhrasings, FRESH_BATCH_FILE } from '../../src/evaluation/eval-set.ts';
import { KINDS, STANCES } from '../../src/evaluation/side-sets.ts';
import { foldText } from '../../src/text/normalize.ts';
import { readSideSets } from '../support/side-sets.ts';

const { stanceSet, stanceFresh2, kindSet, kindFresh, kindFresh2, kindFresh3, kindFresh4, kindFresh5, kindFresh6 } =
  await readSideSets();

describe('the sets the side and the kind are judged on', () => {
  it('the stance set: 115+ real posts, 35+ of each side, each with its address, none from the other sets', async () => {
    expect(stanceSet.length).toBeGreaterThanOrEqual(115);
    for (const stance of STANCES)
      expect(stanceSet.filter((i) => i.stance === stance).length).toBeGreaterThanOrEqual(35);
    expect(new Set(stanceSet.map((i) => foldText(i.text))).size).toBe(stanceSet.length);
    const used = new Set(
      [...(await readRealPhrasings()), ...(await readRealPhrasings(FRESH_BATCH_FILE))].map((i) => i.url),
    );
    for (const item of stanceSet) expect(used.has(item.url), item.url).toBe(false);
  });

  it('the second stance batch: 60+ real posts, 20+ of each side, none from the other stance sets', () => {
    expect(stanceFresh2.length).toBeGreaterThanOrEqual(60);
    for (const stance of STANCES)
      expect(stanceFresh2.filter((i) => i.stance === stance).length).toBeGreaterThanOrEqual(20);
    const seen = new Set(stanceSet.map((i) => foldText(i.text)));
    for (const item of stanceFresh2) expect(seen.has(foldText(item.text)), item.text).toBe(false);
  });

  it('the kind sets: 60+ messages each, 9+ of every kind', () => {
    for (const set of [kindSet, kindFresh, kindFresh2, kindFresh3, kindFresh4, kindFresh5, kindFresh6]) {
      expect(set.length).toBeGreaterThanOrEqual(60);
      for (const kind of KINDS) expect(set.filter((i) => i.kind === kind).length, kind).toBeGreaterThanOrEqual(9);
    }
  });
});
