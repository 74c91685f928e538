import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeWhole } from '../runtime/write-whole.ts';
import { withInt8Weights } from './int8-graph.ts';
import { fileState, sha256 } from './model-files.ts';
import type { ModelManifest } from './model-manifest.ts';

/**
 * Where the model's int8 graph came from on this start: its file; written now; held in memory as it
 * could not be written; or held in memory as the rewrite is not the pinned bytes (a changed onnx-proto).
 */
export type Int8Source = 'file' | 'written' | 'memory' | 'unpinned';

/**
 * The model as it is run (see ModelManifest.int8Graph): the path of its int8 graph, rewritten from
 * `model.onnx` and written beside it if it is not there yet, not the pinned bytes or not readable;
 * or, when it cannot be written (a read-only model directory) or the rewrite gives other bytes than
 * pinned, the rewritten bytes themselves, which run the same but stay in memory until collected.
 * `model.onnx` must already be verified (checkModel).
 */
export async function int8Model(
  folder: string,
  model: ModelManifest,
): Promise<{ readonly model: string | Uint8Array; readonly source: Int8Source }> {
  const { name, sha256: pinned } = model.int8Graph;
  const file = path.join(folder, name);
  // An unreadable file is as good as a corrupt one: written again, or the model held in memory.
  const state = await fileState(folder, model.int8Graph).catch(() => 'corrupt' as const);
  if (state === 'ok') return { model: file, source: 'file' };
  const { bytes } = withInt8Weights(await readFile(path.join(folder, 'model.onnx')));
  if (sha256(bytes) !== pinned) return { model: bytes, source: 'unpinned' };
  try {
    await writeWhole(file, bytes);
    return { model: file, source: 'written' };
  } catch {
    return { model: bytes, source: 'memory' };
  }
}
