import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The knowledge directory that ships with the bot. */
export const REAL_KNOWLEDGE = path.join(import.meta.dirname, '..', '..', 'knowledge');

/** A throwaway copy of a knowledge directory that a test may edit. */
export interface KnowledgeCopy {
  readonly dir: string;
  read(file: string): Promise<string>;
  write(file: string, text: string | Uint8Array): Promise<void>;
  /** Replaces the first occurrence of `from` in `file`; fails if it is not there. */
  edit(file: string, from: string, to: string): Promise<void>;
  remove(file: string): Promise<void>;
  dispose(): Promise<void>;
}

/** Copies `from` (the real knowledge base by default) into a new temporary directory. */
export async function copyKnowledge(from = REAL_KNOWLEDGE): Promise<KnowledgeCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-kb-'));
  await cp(from, dir, { recursive: true });
  const at = (file: string) => path.join(dir, file);
  const copy: KnowledgeCopy = {
    dir,
    read: (file) => readFile(at(file), 'utf8'),
    write: (file, text) => writeFile(at(file), text),
    async edit(file, from, to) {
      const text = await copy.read(file);
      if (!text.includes(from)) throw new Error(`test setup: "${from}" is not in ${file}`);
      await copy.write(file, text.replace(from, to));
    },
    remove: (file) => rm(at(file), { force: true }),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
  return copy;
}

/** The line (1-based) of the first line in `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`test setup: "${needle}" not found`);
  return index + 1;
}
