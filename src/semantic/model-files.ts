import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ModelFile, ModelManifest } from './model-manifest.ts';

/** Whether a model's files are all present and exactly the pinned bytes, or what is wrong. */
export type ModelCheck =
  | { readonly ok: true; readonly dir: string }
  | {
      readonly ok: false;
      readonly dir: string;
      readonly missing: readonly string[];
      readonly corrupt: readonly string[];
    };

/** The SHA-256 of bytes, as lowercase hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** How much of a file is read at a time to hash it. */
const HASH_CHUNK = 1 << 20;

/**
 * The SHA-256 of a file, read through one buffer (the model is 23 MB). A read stream gave 350
 * chunks of 64 KB, garbage that the allocator kept as resident memory after it was collected:
 * about 20 MB more at every start, for each model file hashed.
 */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(HASH_CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, HASH_CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/** Where a model's files live under the model directory (MODEL_DIR). */
export function modelFolder(modelDir: string, model: ModelManifest): string {
  return path.resolve(modelDir, model.folder);
}

/** Whether one file is on disk with the pinned size and checksum. */
export async function fileState(
  folder: string,
  file: Pick<ModelFile, 'name' | 'sha256' | 'bytes'>,
): Promise<'ok' | 'missing' | 'corrupt'> {
  const full = path.join(folder, file.name);
  const info = await stat(full).catch(() => undefined);
  if (!info?.isFile()) return 'missing';
  // The size first: a truncated download is told without reading 23 MB.
  if (info.size !== file.bytes) return 'corrupt';
  return (await sha256OfFile(full)) === file.sha256 ? 'ok' : 'corrupt';
}

/**
 * Checks every file of the model against its pinned checksum. Nothing is loaded that fails this:
 * a corrupt or substituted file means the bot runs lexical-only, and says so.
 */
export async function checkModel(modelDir: string, model: ModelManifest): Promise<ModelCheck> {
  const dir = modelFolder(modelDir, model);
  const missing: string[] = [];
  const corrupt: string[] = [];
  for (const file of model.files) {
    const state = await fileState(dir, file);
    if (state === 'missing') missing.push(file.name);
    else if (state === 'corrupt') corrupt.push(file.name);
  }
  return missing.length === 0 && corrupt.length === 0 ? { ok: true, dir } : { ok: false, dir, missing, corrupt };
}

/** One line on a failed check, for logs and /source. */
export function describeCheck(check: Extract<ModelCheck, { ok: false }>): string {
  const parts = [
    check.missing.length > 0 ? `missing ${check.missing.join(', ')}` : '',
    check.corrupt.length > 0 ? `${check.corrupt.join(', ')} does not match its checksum` : '',
  ].filter(Boolean);
  return `the embedding model in ${check.dir} is not usable (${parts.join('; ')}): run \`npm run model\``;
}
