import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Sentence vectors kept on disk by a hash of the model and the text, so that a restart or a
 * reload embeds only texts it has never seen. Fixed-size records, appended with one write per
 * batch: 20 bytes of SHA-1 key, a float32 scale, then the vector as int8 (unit vectors lose
 * nothing that matters at this precision: cosines move by about 0.001). A torn last record is
 * ignored; the file only grows (delete it to start afresh).
 */
export const KEY_BYTES = 20;

/** Bytes of one record for vectors of `dimensions`. */
export const recordBytes = (dimensions: number): number => KEY_BYTES + 4 + dimensions;

/** The cache key of a text for a model, as hex. */
export function textKey(modelId: string, text: string): string {
  return createHash('sha1').update(modelId).update('\0').update(text).digest('hex');
}

/**
 * Reads the cache once, start to end, handing each wanted vector to `found` with the key's
 * positions, and removing it from `wanted`: what is left in `wanted` must be embedded.
 */
export async function readCached(
  file: string,
  dimensions: number,
  wanted: Map<string, number[]>,
  found: (positions: readonly number[], vector: Float32Array) => void,
): Promise<number> {
  const size = recordBytes(dimensions);
  let carry: Buffer = Buffer.alloc(0);
  let hits = 0;
  const stream = createReadStream(file, { highWaterMark: size * 4096 });
  try {
    for await (const chunk of stream) {
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      const whole = bytes.length - (bytes.length % size);
      for (let at = 0; at < whole; at += size) {
        const key = bytes.toString('hex', at, at + KEY_BYTES);
        const positions = wanted.get(key);
        if (!positions) continue;
        wanted.delete(key);
        found(positions, decode(bytes, at + KEY_BYTES, dimensions));
        hits++;
      }
      carry = bytes.subarray(whole);
    }
  } catch (error) {
    // No cache yet is the usual first start.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return hits;
}

/** Appends vectors (`dimensions` floats each, in the order of `keys`) in one write. */
export async function writeCached(
  file: string,
  dimensions: number,
  keys: readonly string[],
  vectors: Float32Array,
): Promise<void> {
  if (keys.length === 0) return;
  const size = recordBytes(dimensions);
  const out = Buffer.alloc(keys.length * size);
  keys.forEach((key, i) => {
    const at = i * size;
    out.write(key, at, KEY_BYTES, 'hex');
    encode(vectors.subarray(i * dimensions, (i + 1) * dimensions), out, at + KEY_BYTES);
  });
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, out);
}

/** A vector as the cache gives it back: fresh and cached vectors score alike, to the bit. */
export function asStored(vector: Float32Array): Float32Array {
  const bytes = Buffer.alloc(4 + vector.length);
  encode(vector, bytes, 0);
  return decode(bytes, 0, vector.length);
}

function encode(vector: Float32Array, out: Buffer, at: number): void {
  let max = 0;
  for (const x of vector) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  out.writeFloatLE(scale, at);
  for (let j = 0; j < vector.length; j++) out.writeInt8(Math.round((vector[j] ?? 0) / scale), at + 4 + j);
}

function decode(bytes: Buffer, at: number, dimensions: number): Float32Array {
  const scale = bytes.readFloatLE(at);
  const vector = new Float32Array(dimensions);
  if (!(scale > 0 && Number.isFinite(scale))) return vector;
  for (let j = 0; j < dimensions; j++) vector[j] = bytes.readInt8(at + 4 + j) * scale;
  return vector;
}
