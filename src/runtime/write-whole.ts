// Files written whole or not at all: the model's files, its int8 graph and the knowledge cache are
// read by other processes (and by the next start) while one may be writing them.
import { randomUUID } from 'node:crypto';
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A temporary file older than this was left by a process that stopped while writing. */
const STALE_MS = 10 * 60_000;

/**
 * Writes `data` to `file` under a temporary name of its own (created exclusively: two writers,
 * even two containers on one volume that share a pid, never fill one file), then renames it, so a
 * reader sees the old file or the new one, never half of one. Temporary files of this name left
 * by a writer that stopped long ago are removed first; on failure the temporary file is removed
 * and the error thrown.
 */
export async function writeWhole(file: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  await removeStale(dir, prefix);
  const temporary = path.join(dir, `${prefix}${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Removes temporary files with this prefix that a writer left behind long ago (a recent one may be in use). */
async function removeStale(dir: string, prefix: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'))) {
    const full = path.join(dir, name);
    const info = await stat(full).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_MS) await rm(full, { force: true });
  }
}
