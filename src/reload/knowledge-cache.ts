import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { KnowledgeSummary } from '../knowledge/summary.ts';
import type { KnowledgeBase, KnowledgeFile, Problem } from '../knowledge/types.ts';
import { buildSearchIndex } from '../search/search-index.ts';
import { restoreSearchIndex, snapshotOf, type SearchSnapshot } from '../search/search-snapshot.ts';
import { writeWhole } from '../runtime/write-whole.ts';
import { prepare, type LoadedKnowledge } from './knowledge-store.ts';

/**
 * A knowledge base ready to answer from (with the files it was read from, when it was read rather
 * than taken from the cache), or every problem found in its files.
 */
export type PreparedLoad =
  | { readonly ok: true; readonly loaded: LoadedKnowledge; readonly files?: readonly KnowledgeFile[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

interface CacheRecord {
  readonly knowledge: KnowledgeBase;
  readonly snapshot: SearchSnapshot;
  readonly summary: KnowledgeSummary;
  readonly digests: ReadonlyMap<string, string>;
}

/**
 * Loads a knowledge directory ready to answer from, at start-up. Running compiled (dist/), a
 * knowledge base that loaded without problems is kept, checked and indexed, in dist/cache/ under a
 * fingerprint of every file's path, size and time and of the build itself; the next start with the
 * same files reads it back instead of parsing, checking and indexing again. Any change to any file,
 * or anything but plain files, means a full load. From the TypeScript sources (tests, tools) there
 * is no cache: every load is a full one.
 */
export async function loadPrepared(
  dir: string,
  cacheDir: string | false | undefined = defaultCacheDir(),
): Promise<PreparedLoad> {
  // `false`: never cached (a directory that only exists for this load).
  const key = !cacheDir ? undefined : await fingerprint(dir).catch(() => undefined);
  const file = key === undefined || !cacheDir ? undefined : path.join(cacheDir, `knowledge-${key}.bin`);
  if (file) {
    const record = await readFile(file).then(
      (bytes) => deserialize(bytes) as CacheRecord,
      () => undefined,
    );
    if (record)
      return {
        ok: true,
        loaded: prepare(record.knowledge, new Date(), {
          ...record,
          search: restoreSearchIndex(record.knowledge, record.snapshot),
        }),
      };
  }
  // The loader (YAML, zod, the attribution rule) is read only when there is loading to do.
  const { loadKnowledge } = await import('../knowledge/load-knowledge.ts');
  const result = await loadKnowledge(dir);
  if (!result.ok) return { ok: false, problems: result.problems };
  const search = buildSearchIndex(result.knowledge);
  const loaded = prepare(result.knowledge, new Date(), { search, summary: undefined, digests: undefined });
  if (file && cacheDir)
    await store(file, cacheDir, {
      knowledge: result.knowledge,
      snapshot: snapshotOf(search),
      summary: loaded.summary,
      digests: loaded.digests,
    });
  return { ok: true, loaded, files: result.files };
}

/** dist/cache beside the compiled code; none when running from the sources. */
function defaultCacheDir(): string | undefined {
  return import.meta.url.endsWith('.js')
    ? path.join(path.dirname(new URL(import.meta.url).pathname), 'cache')
    : undefined;
}

/** Written to a temporary name, then renamed: a reader sees a whole record or none. */
async function store(file: string, cacheDir: string, record: CacheRecord): Promise<void> {
  try {
    await mkdir(cacheDir, { recursive: true });
    await writeWhole(file, serialize(record));
  } catch {
    // A cache that cannot be written only means the next start loads in full.
  }
}

/** Every file under `dir` by path, size and time, and the build: what the cached record depends on. */
async function fingerprint(dir: string): Promise<string> {
  const root = await realpath(dir);
  const build = await readFile(new URL('./.fingerprint', import.meta.url), 'utf8').catch(() => '');
  const hash = createHash('sha1').update(`${root}\0${import.meta.url}\0${build}\n`);
  const visit = async (rel: string): Promise<void> => {
    const full = path.join(root, rel);
    const stats = await lstat(full);
    if (stats.isDirectory()) {
      for (const name of (await readdir(full)).sort()) await visit(path.join(rel, name));
    } else if (stats.isFile()) {
      hash.update(`${rel}\0${stats.size}\0${stats.mtimeMs}\n`);
    } else {
      // A link, a pipe, a device: the full loader decides what it is.
      throw new Error(`${rel} is not a plain file`);
    }
  };
  await visit('.');
  return hash.digest('hex');
}
