import { cp, rename, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Reloader } from '../../src/reload/reloader.ts';
import type { ReloadReport } from '../../src/reload/reload-report.ts';
import type { KnowledgeStore } from '../../src/reload/knowledge-store.ts';
import { watchDirectory } from '../../src/reload/watch.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { EXTRA_ENTRY, storeFor } from '../support/reload-fixtures.ts';

const CONCLUSION = 'arguments/08-conclusion.yaml';
const DEBOUNCE = 150;

let kb: KnowledgeCopy;
let store: KnowledgeStore;
let reports: ReloadReport[];
let stop: () => void;
beforeEach(async () => {
  kb = await copyKnowledge();
  store = await storeFor(kb.dir);
  const reloader = new Reloader(store, kb.dir);
  reports = [];
  stop = watchDirectory(
    kb.dir,
    async () => {
      reports.push(await reloader.reload());
    },
    DEBOUNCE,
  );
});
afterEach(async () => {
  stop();
  await kb.dispose();
});

describe('watch mode', () => {
  it('an edit saved in several writes is reloaded once, after the debounce', async () => {
    const text = await kb.read(CONCLUSION);
    for (let i = 1; i <= 4; i++) {
      await kb.write(CONCLUSION, text + EXTRA_ENTRY.slice(0, Math.floor((EXTRA_ENTRY.length * i) / 4)));
      await sleep(20);
    }
    await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 5000, interval: 20 });
    await sleep(DEBOUNCE * 3);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ ok: true, added: ['added-by-admin'] });
    expect(store.current.knowledge.entryById.has('added-by-admin')).toBe(true);
  });

  it('a file written slower than the debounce is read only once it has stopped changing', async () => {
    const text = await kb.read(CONCLUSION);
    for (let i = 1; i <= 4; i++) {
      await kb.write(CONCLUSION, text + EXTRA_ENTRY.slice(0, Math.floor((EXTRA_ENTRY.length * i) / 4)));
      await sleep(DEBOUNCE + 60);
    }
    await vi.waitFor(() => expect(reports.length).toBeGreaterThan(0), { timeout: 5000, interval: 20 });
    await sleep(DEBOUNCE * 4);
    // Never a reload of a half-written file: each one saw the finished file.
    expect(reports.filter((r) => !r.ok)).toEqual([]);
    expect(reports[0]).toMatchObject({ ok: true, added: ['added-by-admin'] });
  });

  it('keeps watching when the directory is replaced, as checkouts and deploys do', async () => {
    const moved = `${kb.dir}.old`;
    await rename(kb.dir, moved);
    await cp(moved, kb.dir, { recursive: true });
    await rm(moved, { recursive: true, force: true });
    await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 5000, interval: 20 });
    expect(reports[0]).toMatchObject({ ok: true, added: [] });
    // The new directory is watched: an edit there is picked up.
    await kb.write(CONCLUSION, (await kb.read(CONCLUSION)) + EXTRA_ENTRY);
    await vi.waitFor(() => expect(reports).toHaveLength(2), { timeout: 5000, interval: 20 });
    expect(reports[1]).toMatchObject({ ok: true, added: ['added-by-admin'] });
  });

  it('a broken edit is reported and the knowledge base in use stays', async () => {
    const before = store.current;
    await kb.edit(CONCLUSION, 'section: 8', 'section: [8');
    await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 5000, interval: 20 });
    expect(reports[0]).toMatchObject({ ok: false, reason: 'problems' });
    expect(store.current).toBe(before);
  });
});
