import { isUtf8 } from 'node:buffer';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from './types.ts';

/** Largest knowledge file read; bigger ones are reported, not parsed (a curated file is far smaller). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A knowledge file's text, or the problem that kept it from being read. */
export type ReadOutcome =
  | { readonly ok: true; readonly file: string; readonly text: string }
  | { readonly ok: false; readonly problem: Problem };

/**
 * Lists the files with one of `extensions` directly inside `dir/sub`, sorted by name so that
 * loading order, and with it every report, is stable. A missing folder lists nothing.
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

/** Reads one file (path relative to `dir`) as strict UTF-8, refusing oversized and binary files. */
export async function readKnowledgeFile(dir: string, file: string): Promise<ReadOutcome> {
  const fail = (message: string, line = 1, column = 1): ReadOutcome => ({
    ok: false,
    problem: { file, line, column, message },
  });
  const full = path.join(dir, file);
  try {
    const { size } = await stat(full);
    if (size > MAX_FILE_BYTES) {
      return fail(`file is too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`);
    }
    const bytes = await readFile(full);
    if (!isUtf8(bytes)) {
      const decoded = bytes.toString('utf8');
      const before = decoded.slice(0, Math.max(0, decoded.indexOf('\uFFFD')));
      const lines = before.split('\n');
      const column = (lines.at(-1)?.length ?? 0) + 1;
      return fail('file is not valid UTF-8 text (save it as UTF-8)', lines.length, column);
    }
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    return { ok: true, file, text };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    return fail(`cannot read the file (${code})`);
  }
}
