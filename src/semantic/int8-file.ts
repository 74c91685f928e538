import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withInt8Weights } from './int8-graph.ts';
import { fileState, sha256 } from './model-files.ts';
import type { ModelManifest } from './model-manifest.ts';

/** Where the model's int8 graph came from on this start, for the log and the tests. */
export type Int8Source = 'file' | 'written' | 'memory';

/**
 * The model as it is run (see ModelManifest.int8Graph): the path of its int8 graph, rewritten from
 * `model.onnx` and written beside it if it is not there yet or not the pinned bytes; or, when it
 * cannot be written (a read-only model directory) or the rewrite gives other bytes than pinned,
 * the rewritten bytes themselves, which run the same but stay in memory until collected.
 * `model.onnx` must already be verified (checkModel).
 */
export async function int8Model(
  folder: string,
  model: ModelManifest,
): Promise<{ readonly model: string | Uint8Array; readonly source: Int8Source }> {
  const { name, sha256: pinned } = model.int8Graph;
  const file = path.join(folder, name);
  if ((await fileState(folder, model.int8Graph)) === 'ok') return { model: file, source: 'file' };
  const { bytes } = withInt8Weights(await readFile(path.join(folder, 'model.onnx')));
  if (sha256(bytes) !== pinned) return { model: bytes, source: 'memory' };
  // Under a temporary name, then renamed: a second process starting beside this one never reads half a file.
  const temporary = path.join(folder, `.${name}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
    return { model: file, source: 'written' };
  } catch {
    await rm(temporary, { force: true });
    return { model: bytes, source: 'memory' };
  }
}
