import { isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from './types.ts';

/** Largest knowledge file read; bigger ones are reported, not parsed (a curated file is far smaller). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Longest one file may take to read: a plain file on a local disk takes milliseconds. */
export const READ_TIMEOUT_MS = 5_000;
const CHUNK_BYTES = 64 * 1024;

/** A knowledge file's text, or the problem that kept it from being read. */
export type ReadOutcome =
  | { readonly ok: true; readonly file: string; readonly text: string }
  | { readonly ok: false; readonly problem: Problem };

/**
 * Lists the files with one of `extensions` directly inside `dir/sub`, sorted by name so that
 * loading order, and with it every report, is stable. A missing folder lists nothing. Whatever
 * the names point to (a directory, a pipe, a dangling link) is listed: reading it reports it.
 */
export async function listFiles(dir: string, sub: string, extensions: readonly string[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(path.join(dir, sub));
  } catch {
    return [];
  }
  return names
    .filter((name) => !name.startsWith('.') && extensions.some((ext) => name.endsWith(ext)))
    .sort()
    .map((name) => `${sub}/${name}`);
}

/** Whether something (a file, a link, even a dangling one) exists at `dir/file`. */
export async function exists(dir: string, file: string): Promise<boolean> {
  return lstat(path.join(dir, file)).then(
    () => true,
    () => false,
  );
}

/**
 * Reads one file (path relative to `dir`) as strict UTF-8. Only a regular file is read: a named
 * pipe or a device (a `.yaml` linked to /dev/zero) would never end, and a link must stay inside the
 * knowledge directory. The file is opened without blocking and checked again once open, the size
 * cap holds while reading (not only from stat), and the read gives up after READ_TIMEOUT_MS.
 */
export async function readKnowledgeFile(dir: string, file: string, timeoutMs = READ_TIMEOUT_MS): Promise<ReadOutcome> {
  const fail = (message: string, line = 1, column = 1): ReadOutcome => ({
    ok: false,
    problem: { file, line, column, message },
  });
  const full = path.join(dir, file);
  try {
    const link = await lstat(full);
    const target = await realpath(full).catch(() => undefined);
    if (target === undefined)
      return fail(link.isSymbolicLink() ? 'is a symbolic link to a file that does not exist' : 'cannot be found');
    const root = await realpath(dir);
    if (target !== root && !target.startsWith(`${root}${path.sep}`))
      return fail('is a symbolic link to a file outside the knowledge directory: only files inside it are read');
    const stats = await stat(full);
    const kind = describe(stats);
    if (kind !== 'file') return fail(`is ${kind}, not a plain file: only plain text files are read`);
    if (stats.size > MAX_FILE_BYTES)
      return fail(
        `file is too large (${(stats.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`,
      );
    const bytes = await readCapped(full, Date.now() + timeoutMs);
    // It grew past the cap after the check above.
    if (bytes === 'too large') return fail(`file is too large (over ${MAX_FILE_BYTES / 1048576} MB, the limit)`);
    if (bytes === 'timeout') return fail(`reading the file took over ${timeoutMs / 1000} s; it was abandoned`);
    if (bytes === 'not a file') return fail('changed into something other than a plain file while being read');
    if (!isUtf8(bytes)) {
      const decoded = bytes.toString('utf8');
      const before = decoded.slice(0, Math.max(0, decoded.indexOf('\uFFFD')));
      const lines = before.split('\n');
      return fail('file is not valid UTF-8 text (save it as UTF-8)', lines.length, (lines.at(-1)?.length ?? 0) + 1);
    }
    return {
      ok: true,
      file,
      text: bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n'),
    };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    return fail(`cannot read the file (${code})`);
  }
}

type Stats = Awaited<ReturnType<typeof stat>>;

function describe(s: Stats): string {
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads at most MAX_FILE_BYTES + 1 bytes, chunk by chunk, until the end or the deadline. */
async function readCapped(full: string, deadline: number): Promise<Buffer | 'too large' | 'timeout' | 'not a file'> {
  // O_NONBLOCK: opening a pipe that was swapped in after the check above must not wait for a writer.
  const handle = await open(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!(await handle.stat()).isFile()) return 'not a file';
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      if (Date.now() > deadline) return 'timeout';
      const chunk = Buffer.alloc(CHUNK_BYTES);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_FILE_BYTES) return 'too large';
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
