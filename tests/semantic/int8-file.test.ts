import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { int8Model } from '../../src/semantic/int8-file.ts';
import { withInt8Weights } from '../../src/semantic/int8-graph.ts';
import { sha256, sha256OfFile } from '../../src/semantic/model-files.ts';
import { MODEL } from '../../src/semantic/model-manifest.ts';
import { describeStatus } from '../../src/semantic/shared-engine.ts';
import { MODEL_DIR } from '../support/hybrid.ts';

// One copy of the verified model.onnx, the only file int8Model reads.
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'cp-int8-'));
  await copyFile(path.join(MODEL_DIR, MODEL.folder, 'model.onnx'), path.join(folder, 'model.onnx'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));
const graphFile = () => path.join(folder, MODEL.int8Graph.name);

describe('the model as it is run, kept as a file beside it', () => {
  it('is the pinned rewrite of model.onnx: the locked onnx-proto still writes the same bytes', async () => {
    const { bytes } = withInt8Weights(await readFile(path.join(folder, 'model.onnx')));
    expect([sha256(bytes), bytes.length]).toEqual([MODEL.int8Graph.sha256, MODEL.int8Graph.bytes]);
  });

  it('a temporary file left by a writer that stopped long ago is removed when the graph is written', async () => {
    const stale = path.join(folder, `.${MODEL.int8Graph.name}.left-behind.tmp`);
    const fresh = path.join(folder, `.${MODEL.int8Graph.name}.being-written.tmp`);
    await writeFile(stale, 'half');
    await writeFile(fresh, 'half');
    await utimes(stale, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    expect((await int8Model(folder, MODEL)).source).toBe('written');
    expect(await readdir(folder)).not.toContain(path.basename(stale));
    // Another process may still be writing a recent one.
    expect(await readdir(folder)).toContain(path.basename(fresh));
    await rm(fresh);
    await rm(graphFile());
  });

  it('is written once, then loaded from its file by path', async () => {
    const first = await int8Model(folder, MODEL);
    expect(first).toEqual({ model: graphFile(), source: 'written' });
    expect(await sha256OfFile(graphFile())).toBe(MODEL.int8Graph.sha256);
    const written = (await stat(graphFile())).mtimeMs;
    expect(await int8Model(folder, MODEL)).toEqual({ model: graphFile(), source: 'file' });
    expect((await stat(graphFile())).mtimeMs).toBe(written);
  });

  it('a corrupt file is never loaded: it is written again', async () => {
    await writeFile(graphFile(), 'not a model');
    expect((await int8Model(folder, MODEL)).source).toBe('written');
    expect(await sha256OfFile(graphFile())).toBe(MODEL.int8Graph.sha256);
  });

  it('where it cannot be written, the bytes are used from memory, and no temporary file is left', async () => {
    await rm(graphFile());
    // A directory in the file's place: the rename fails as on a read-only model directory.
    await mkdir(path.join(graphFile(), 'in-the-way'), { recursive: true });
    const held = await int8Model(folder, MODEL);
    expect(held.source).toBe('memory');
    expect(sha256(held.model as Uint8Array)).toBe(MODEL.int8Graph.sha256);
    expect(await readdir(folder)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
    await rm(graphFile(), { recursive: true });
  });

  it('a rewrite that gives other bytes than pinned is held in memory, never written, and said so', async () => {
    const other = { ...MODEL, int8Graph: { ...MODEL.int8Graph, sha256: '0'.repeat(64) } };
    expect((await int8Model(folder, other)).source).toBe('unpinned');
    await expect(stat(graphFile())).rejects.toThrow();
  });

  it('says so where an operator looks when it is held in memory', () => {
    const status = { mode: 'hybrid', model: MODEL.id, loadMs: 200 } as const;
    expect(describeStatus({ ...status, graph: 'memory' })).toContain('could not be written');
    expect(describeStatus({ ...status, graph: 'unpinned' })).toContain('does not match its pinned checksum');
    expect(describeStatus({ ...status, graph: 'file' })).not.toContain('memory');
  });

  it('hashes a file as its bytes are hashed, across reads of the buffer', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    const file = path.join(folder, 'big.bin');
    await writeFile(file, big);
    expect(await sha256OfFile(file)).toBe(sha256(big));
  });
});
