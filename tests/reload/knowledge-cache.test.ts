import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPrepared } from '../../src/reload/knowledge-cache.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { EXTRA_ENTRY } from '../support/reload-fixtures.ts';

let kb: KnowledgeCopy;
let cache: string;
beforeEach(async () => {
  kb = await copyKnowledge();
  cache = await mkdtemp(path.join(tmpdir(), 'counterpoint-cache-'));
});
afterEach(async () => {
  await kb.dispose();
  await rm(cache, { recursive: true, force: true });
});

const answer = async (question: string) => {
  const loaded = await loadPrepared(kb.dir, cache);
  if (!loaded.ok) throw new Error('problems');
  const r = await loaded.loaded.matcher.ask(question);
  return {
    ids: r.candidates.map((c) => c.entry.id),
    scores: r.candidates.map((c) => c.score),
    entries: loaded.loaded.summary.entries,
  };
};

describe('the start-up cache of a checked, indexed knowledge base', () => {
  it('is written once and read back with the same answers, to the bit', async () => {
    const first = await answer('Turkey sent jihadist mercenarys');
    expect(await readdir(cache)).toHaveLength(1);
    expect(await answer('Turkey sent jihadist mercenarys')).toEqual(first);
    expect(await readdir(cache)).toHaveLength(1);
  });

  it('is never used once any file changed: the edit is seen at the next start', async () => {
    expect((await answer('quokkaland')).entries).toBe(60);
    await kb.write('arguments/08-conclusion.yaml', (await kb.read('arguments/08-conclusion.yaml')) + EXTRA_ENTRY);
    const after = await answer('quokkaland');
    expect(after.entries).toBe(61);
    expect(after.ids[0]).toBe('added-by-admin');
  });

  it('is not written for a knowledge base with problems, nor used when a file is not plain', async () => {
    await kb.edit('arguments/08-conclusion.yaml', 'section: 8', 'section: [8');
    expect(await loadPrepared(kb.dir, cache)).toMatchObject({ ok: false });
    expect(await readdir(cache).catch(() => [])).toEqual([]);
    await kb.edit('arguments/08-conclusion.yaml', 'section: [8', 'section: 8');
    execFileSync('mkfifo', [path.join(kb.dir, 'arguments', '70-pipe.yaml')]);
    expect(await loadPrepared(kb.dir, cache)).toMatchObject({
      ok: false,
      problems: [{ file: 'arguments/70-pipe.yaml' }],
    });
  });
});
