import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { LAST_GOOD_FILE, LastGood } from '../../src/reload/last-good.ts';
import type { KnowledgeStore } from '../../src/reload/knowledge-store.ts';
import { Reloader } from '../../src/reload/reloader.ts';
import { reloadReply } from '../../src/replies/reload-replies.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { storeFor } from '../support/reload-fixtures.ts';

const COLONY = 'arguments/02-colonial-paradigm.yaml';
const BREAK = (c: KnowledgeCopy) => c.edit(COLONY, 'section: 2', 'section: [2');

let kb: KnowledgeCopy;
let data: string;
let lastGood: LastGood;
let store: KnowledgeStore;
beforeEach(async () => {
  kb = await copyKnowledge();
  data = await mkdtemp(path.join(tmpdir(), 'counterpoint-data-'));
  lastGood = new LastGood(path.join(data, 'nested'));
  store = await storeFor(kb.dir);
});
afterEach(async () => {
  await kb.dispose();
  await rm(data, { recursive: true, force: true });
});

const copyText = async (file: string) => (await lastGood.read())?.files.find((f) => f.file === file)?.text;

describe('the last good copy', () => {
  it('keeps every file a load read, exactly, and unpacks into a directory that loads the same', async () => {
    const loaded = await loadKnowledge(kb.dir);
    if (!loaded.ok) throw new Error('the copy should load');
    expect(await lastGood.save(loaded.files, kb.dir)).toBe(true);
    const copy = await lastGood.read();
    expect(copy?.from).toBe(kb.dir);
    expect(copy?.files.map((f) => f.file)).toEqual(
      expect.arrayContaining(['sources/avim-2020-33.md', COLONY, 'synonyms.yaml', 'scope.yaml']),
    );
    expect(copy?.files.find((f) => f.file === COLONY)?.text).toBe(await kb.read(COLONY));
    if (!copy) return;
    const unpacked = await lastGood.unpack(copy);
    const again = await loadKnowledge(unpacked.dir);
    expect(again.ok && again.knowledge.entries.map((e) => e.id)).toEqual(loaded.knowledge.entries.map((e) => e.id));
    await unpacked.dispose();
    expect(await readdir(path.join(data, 'nested'))).toEqual([LAST_GOOD_FILE]);
  });

  it('a copy that is damaged, of another format, or names a path outside is not used', async () => {
    const damaged = new LastGood(data);
    for (const text of [
      '{"format":1,',
      JSON.stringify({
        format: 2,
        savedAt: new Date().toISOString(),
        from: '/k',
        files: [{ file: 'sources/a.md', text: '' }],
      }),
      JSON.stringify({
        format: 1,
        savedAt: new Date().toISOString(),
        from: '/k',
        files: [{ file: '../../etc/passwd', text: '' }],
      }),
    ]) {
      await writeFile(damaged.file, text);
      expect(await damaged.read()).toBeUndefined();
    }
  });

  it('an applied reload becomes the copy; one with problems or held back leaves it, and no staging', async () => {
    const reloader = new Reloader(store, kb.dir, { lastGood });
    await kb.edit(
      COLONY,
      'The article argues that Karabakh cannot be regarded',
      'The article argues firmly that Karabakh cannot be regarded',
    );
    expect((await reloader.reload()).ok).toBe(true);
    expect(await copyText(COLONY)).toContain('argues firmly');
    await BREAK(kb);
    expect((await reloader.reload()).ok).toBe(false);
    expect(await copyText(COLONY)).toContain('section: 2\n');
    await kb.edit(COLONY, 'section: [2', 'section: 2');
    const intro = await kb.read('arguments/01-introduction.yaml');
    await kb.write(
      'arguments/01-introduction.yaml',
      intro.replace(/- id: recognition-campaign[\s\S]*?(?=\n- id: )/, ''),
    );
    const held = await reloader.reload({ via: 'watch' }, { maxRemovedShare: 0 });
    expect(held).toMatchObject({ ok: false, reason: 'held' });
    expect(await copyText('arguments/01-introduction.yaml')).toBe(intro);
    expect(await readdir(path.join(data, 'nested'))).toEqual([LAST_GOOD_FILE]);
  });

  it('started on the copy, every reload report says so until one succeeds, which says so once', async () => {
    const reloader = new Reloader(store, kb.dir, { lastGood });
    reloader.startedOnLastGood({ savedAt: '2026-11-29T03:12:45.000Z', problems: 3 });
    await BREAK(kb);
    const failed = await reloader.reload();
    expect(failed).toMatchObject({ ok: false, lastGood: { savedAt: '2026-11-29T03:12:45.000Z', problems: 3 } });
    expect(reloadReply(failed).cards[0]?.fields).toEqual([
      {
        name: 'Running on the last good copy',
        value:
          'The files on disk are broken: they had 3 problems when the bot started, so it started on the last ' +
          'good copy of the knowledge base, saved 29 November 2026, 03:12 UTC. People get answers from that ' +
          'copy until a reload succeeds.',
      },
    ]);
    await kb.edit(COLONY, 'section: [2', 'section: 2');
    const fixed = await reloader.reload();
    expect(fixed.ok && fixed.lastGood).toEqual({ savedAt: '2026-11-29T03:12:45.000Z', problems: 3 });
    expect(reloadReply(fixed).cards[0]?.fields?.[0]?.name).toBe('Back on the files');
    expect(reloader.onLastGood).toBeUndefined();
    expect((await reloader.reload()).lastGood).toBeUndefined();
    expect(JSON.parse(await readFile(lastGood.file, 'utf8')).from).toBe(kb.dir);
  });
});
