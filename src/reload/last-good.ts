import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { KnowledgeFile } from '../knowledge/types.ts';

/** The last good copy's file name under DATA_DIR. */
export const LAST_GOOD_FILE = 'knowledge-last-good.json';

/** Version of the copy's layout: a copy in another layout is not used. */
const FORMAT = 1;

const snapshotSchema = z.object({
  format: z.literal(FORMAT),
  savedAt: z.iso.datetime(),
  from: z.string(),
  files: z
    .array(z.object({ file: z.string().regex(/^(sources|arguments)\/[^/\\]+$|^[^/\\]+\.ya?ml$/), text: z.string() }))
    .min(1),
});

/** A last good copy of the knowledge files, as read back. */
export type LastGoodCopy = z.infer<typeof snapshotSchema>;

let staged = 0;

/**
 * The last knowledge base that loaded without problems, kept as the files' text in one JSON file
 * under DATA_DIR. A start whose files on disk have problems can start on it instead of not at all.
 * Written to a temporary name and renamed, so a reader (another shard, the next start) sees a
 * whole copy or the previous one. Writing never fails a load: the copy is a safety net.
 */
export class LastGood {
  readonly file: string;

  constructor(readonly dataDir: string) {
    this.file = path.join(dataDir, LAST_GOOD_FILE);
  }

  /** A fresh temporary name beside the copy, for a load whose outcome is not known yet. */
  stagingFile(): string {
    return `${this.file}.${process.pid}.${++staged}.staged`;
  }

  /** Keeps `files` as the last good copy now. */
  async save(files: readonly KnowledgeFile[], from: string): Promise<boolean> {
    const temporary = this.stagingFile();
    return (await writeCopy(temporary, files, from)) && this.promote(temporary);
  }

  /** Makes a staged copy the last good one (a reload that was applied). */
  async promote(stagedFile: string): Promise<boolean> {
    return rename(stagedFile, this.file).then(
      () => true,
      () => false,
    );
  }

  /** Drops a staged copy (a reload that failed or was held back). */
  async discard(stagedFile: string): Promise<void> {
    await unlink(stagedFile).catch(() => {});
  }

  /** The copy, checked; none if there is none or it is not one this version wrote. */
  async read(): Promise<LastGoodCopy | undefined> {
    const text = await readFile(this.file, 'utf8').catch(() => undefined);
    return text === undefined ? undefined : parseCopy(text);
  }

  /**
   * Writes the copy's files into a new folder under DATA_DIR for the loader to read like any
   * knowledge directory; `dispose` removes it.
   */
  async unpack(copy: LastGoodCopy): Promise<{ dir: string; dispose: () => Promise<void> }> {
    const dir = await mkdtemp(path.join(this.dataDir, 'knowledge-last-good-'));
    const dispose = () => rm(dir, { recursive: true, force: true });
    try {
      for (const { file, text } of copy.files) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), text);
      }
    } catch (error) {
      await dispose();
      throw error;
    }
    return { dir, dispose };
  }
}

/** Writes a copy to `file` (creating its folder); false if it could not be written. */
export async function writeCopy(file: string, files: readonly KnowledgeFile[], from: string): Promise<boolean> {
  const copy: LastGoodCopy = {
    format: FORMAT,
    savedAt: new Date().toISOString(),
    from: path.resolve(from),
    files: [...files],
  };
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(copy));
    return true;
  } catch {
    await unlink(file).catch(() => {});
    return false;
  }
}

/** A copy's JSON text, checked; undefined if it is not one this version wrote. */
export function parseCopy(text: string): LastGoodCopy | undefined {
  try {
    const parsed = snapshotSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** SHA-256 of a copy's files, whatever their order, where and when it was saved: equal files, equal hash. */
export function copyHash(copy: LastGoodCopy): string {
  const files = [...copy.files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(files)).digest('hex');
}
