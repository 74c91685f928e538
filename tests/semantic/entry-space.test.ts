import { describe, expect, it } from 'vitest';
import { EntrySpaceBuilder, GRAM_SAMPLE, invertSymmetric } from '../../src/semantic/entry-space.ts';
import { asStored, readCached, textKey, writeCached } from '../../src/semantic/vector-cache.ts';
import { mkdtemp, rm, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const unit = (values: number[]) => {
  const n = Math.hypot(...values);
  return Float32Array.from(values.map((v) => v / n));
};

describe('the entry space', () => {
  it('inverts a symmetric positive-definite matrix', () => {
    const a = Float64Array.from([4, 1, 0.5, 1, 3, 0.2, 0.5, 0.2, 2]);
    const inverse = invertSymmetric(a, 3);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let sum = 0;
        for (let k = 0; k < 3; k++) sum += (a[i * 3 + k] ?? 0) * (inverse[k * 3 + j] ?? 0);
        expect(sum).toBeCloseTo(i === j ? 1 : 0, 10);
      }
    expect(() => invertSymmetric(Float64Array.from([0, 0, 0, 0]), 2)).toThrow(/not positive definite/);
  });

  it('scores each entry highest for its own texts, and a text between two entries between them', () => {
    const b = new EntrySpaceBuilder(2, 3, 4);
    b.add(0, unit([1, 0, 0]), 0);
    b.add(0, unit([1, 0.2, 0]), 1);
    b.add(1, unit([0, 1, 0]), 2);
    b.add(1, unit([0, 1, 0.2]), 3);
    const space = b.build(0.1);
    const [first, second] = space.scores(unit([1, 0.1, 0]));
    expect(first).toBeGreaterThan(0.8);
    expect(Math.abs(second ?? 1)).toBeLessThan(0.2);
    const [x = 0, y = 0] = space.scores(unit([1, 1, 0]));
    expect(Math.min(x, y)).toBeGreaterThan(0.3);
    expect(Math.max(x, y)).toBeLessThan(first ?? 0);
  });

  it('samples the Gram matrix deterministically past GRAM_SAMPLE texts', () => {
    const small = new EntrySpaceBuilder(1, 2, GRAM_SAMPLE);
    expect([0, 1, GRAM_SAMPLE - 1].every((p) => small.inSample(p))).toBe(true);
    const large = new EntrySpaceBuilder(1, 2, GRAM_SAMPLE * 3);
    expect([large.inSample(0), large.inSample(1), large.inSample(2), large.inSample(3)]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});

describe('the vector cache', () => {
  it('gives back what was written, as stored, and ignores a torn last record', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cp-vectors-'));
    try {
      const file = path.join(dir, 'vectors.bin');
      const vectors = Float32Array.from([...unit([0.3, -0.5, 0.8]), ...unit([1, 2, 3])]);
      const keys = [textKey('m', 'first'), textKey('m', 'second')];
      await writeCached(file, 3, keys, vectors);
      await appendFile(file, Buffer.from([1, 2, 3]));
      const wanted = new Map([
        [keys[1] ?? '', [7]],
        [textKey('m', 'never written'), [9]],
      ]);
      const found: [readonly number[], Float32Array][] = [];
      expect(await readCached(file, 3, wanted, (positions, v) => found.push([positions, v]))).toBe(1);
      expect(found[0]?.[0]).toEqual([7]);
      expect(found[0]?.[1]).toEqual(asStored(vectors.subarray(3, 6)));
      for (let i = 0; i < 3; i++) expect(found[0]?.[1][i]).toBeCloseTo(vectors[3 + i] ?? 0, 2);
      expect([...wanted.keys()]).toEqual([textKey('m', 'never written')]);
      expect(textKey('m', 'first')).not.toBe(textKey('other model', 'first'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
