import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, editDistanceWithin } from '../../src/text/edit-distance.ts';

/** The definition itself, recursively and memoised: slow, and obviously right. */
function reference(a: string, b: string): number {
  const memo = new Map<string, number>();
  const d = (i: number, j: number): number => {
    if (i === 0) return j;
    if (j === 0) return i;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const cost = a[i - 1] === b[j - 1] ? 0 : 1;
    const value = Math.min(d(i - 1, j - 1) + cost, d(i - 1, j) + 1, d(i, j - 1) + 1);
    memo.set(key, value);
    return value;
  };
  return d(a.length, b.length);
}

describe('the edit distance the typo check decides with', () => {
  it('counts insertions, deletions and substitutions of whole words', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('mercenarys', 'mercenaries')).toBe(2);
    expect(editDistance('karabakh', 'karabak')).toBe(1);
    expect(editDistance('colony', 'colony')).toBe(0);
    expect(editDistance('', 'armenia')).toBe(7);
    expect(editDistance('turkey', '')).toBe(6);
  });

  it('counts an adjacent swap as two (vocabulary.ts counts swaps itself, as one)', () => {
    expect(editDistance('minks', 'minsk')).toBe(2);
  });

  it('measures the whole word, where Fuse.js scores its best substring', () => {
    // Fuse gives "ping" the same score against "bring" as against "pint".
    expect(editDistance('ping', 'bring')).toBe(2);
    expect(editDistance('ping', 'pint')).toBe(1);
  });

  it('counts UTF-16 code units, as fastest-levenshtein did: an emoji is two', () => {
    expect(editDistance('a😀', 'a')).toBe(2);
    expect(editDistance('qarabağ', 'qarabag')).toBe(1);
  });

  it('agrees with the definition on any pair of short words, and is symmetric', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(reference(a, b));
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the edit distance within a limit, which the typo check scans the vocabulary with', () => {
  it('is the distance when within the limit, and the limit plus one beyond it', () => {
    expect(editDistanceWithin('karabakh', 'karabak', 1)).toBe(1);
    expect(editDistanceWithin('mercenarys', 'mercenaries', 2)).toBe(2);
    expect(editDistanceWithin('mercenarys', 'mercenaries', 1)).toBe(2);
    expect(editDistanceWithin('kitten', 'sitting', 2)).toBe(3);
    expect(editDistanceWithin('colony', 'colony', 0)).toBe(0);
    expect(editDistanceWithin('colony', 'colonies', 1)).toBe(2);
    expect(editDistanceWithin('', 'ab', 2)).toBe(2);
    expect(editDistanceWithin('qarabağ', 'qarabag', 1)).toBe(1);
  });

  it('agrees with the whole table on any pair of short words and any limit, and is symmetric', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const within = editDistanceWithin(a, b, limit);
        expect(within).toBe(Math.min(editDistance(a, b), limit + 1));
        expect(editDistanceWithin(b, a, limit)).toBe(within);
      }),
      { numRuns: 4000 },
    );
  });
});
