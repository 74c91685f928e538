import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer as answerText } from '../../src/answer/answer.ts';

const askReply = async (
  loaded: Parameters<typeof answerText>[1]['loaded'],
  text: string,
  visibility: 'public' | 'ephemeral',
) => (await answerText(text, { loaded, visibility })).reply;
import { Reloader } from '../../src/reload/reloader.ts';
import type { KnowledgeStore } from '../../src/reload/knowledge-store.ts';
import { reloadReply } from '../../src/replies/reload-replies.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { EXTRA_ENTRY, storeFor } from '../support/reload-fixtures.ts';

const CONCLUSION = 'arguments/08-conclusion.yaml';
const COLONY = 'arguments/02-colonial-paradigm.yaml';

let kb: KnowledgeCopy;
let store: KnowledgeStore;
let reloader: Reloader;
beforeEach(async () => {
  kb = await copyKnowledge();
  store = await storeFor(kb.dir);
  reloader = new Reloader(store, kb.dir);
});
afterEach(() => kb.dispose());

const answer = async (q: string) => (await store.current.matcher.ask(q)).candidates[0]?.entry;

describe('reloading with a valid edit', () => {
  it('swaps in the new knowledge base and reports an exact diff', async () => {
    await kb.write(CONCLUSION, (await kb.read(CONCLUSION)) + EXTRA_ENTRY);
    await kb.edit(
      COLONY,
      'The article argues that Karabakh cannot be regarded',
      'The article argues firmly that Karabakh cannot be regarded',
    );
    const intro = await kb.read('arguments/01-introduction.yaml');
    await kb.write(
      'arguments/01-introduction.yaml',
      intro.replace(/- id: recognition-campaign[\s\S]*?(?=\n- id: )/, ''),
    );
    const before = store.current;
    const report = await reloader.reload();
    expect(report).toMatchObject({
      ok: true,
      before: { sources: 1, sections: 8, entries: 60 },
      after: { sources: 1, sections: 8, entries: 60 },
      added: ['added-by-admin'],
      removed: ['recognition-campaign'],
      changed: ['karabakh-not-a-colony'],
    });
    expect(store.current).not.toBe(before);
    expect((await answer('quokkaland'))?.id).toBe('added-by-admin');
    expect((await answer('was karabakh a colony?'))?.rebuttal).toMatch(/^The article argues firmly/);
    const reply = reloadReply(report);
    expect(reply.cards[0]?.fields?.map((f) => `${f.name}: ${f.value}`)).toEqual([
      'Added (1): added-by-admin',
      'Removed (1): recognition-campaign',
      'Changed (1): karabakh-not-a-colony',
    ]);
  });

  it('a reload with nothing changed reports no differences', async () => {
    expect(await reloader.reload()).toMatchObject({ ok: true, added: [], removed: [], changed: [] });
  });
});

describe('reloading with a broken edit keeps the knowledge base in use', () => {
  it.each<[string, (kb: KnowledgeCopy) => Promise<void>, RegExp]>([
    ['bad YAML', (c) => c.edit(COLONY, 'section: 2', 'section: [2'), /YAML syntax/],
    [
      'a quote not in the source',
      (c) => c.edit(COLONY, 'nor can Azerbaijan be regarded', 'nor shall Azerbaijan be regarded'),
      /quote is not verbatim/,
    ],
    [
      'a duplicate id',
      (c) => c.edit(COLONY, 'id: armenians-as-settlers', 'id: karabakh-not-a-colony'),
      /duplicate id "karabakh-not-a-colony"/,
    ],
    ['a deleted source file', (c) => c.remove('sources/avim-2020-33.md'), /no source files/],
    [
      'an empty directory',
      async (c) => {
        await rm(path.join(c.dir, 'sources'), { recursive: true });
        await rm(path.join(c.dir, 'arguments'), { recursive: true });
        await c.remove('synonyms.yaml');
      },
      /no source files/,
    ],
  ])('%s', async (_, breakIt, problem) => {
    const before = store.current;
    const answerBefore = await askReply(before, 'was karabakh a colony?', 'public');
    await breakIt(kb);
    const report = await reloader.reload();
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.reason).toBe('problems');
    expect(report.problems.map((p) => p.message).join('\n')).toMatch(problem);
    expect(store.current).toBe(before);
    expect(await askReply(store.current, 'was karabakh a colony?', 'public')).toEqual(answerBefore);
    const reply = reloadReply(report);
    expect(reply.cards[0]?.title).toBe('Reload failed: the knowledge base in use did not change');
    expect(reply.cards[0]?.description).toMatch(problem);
  });

  it('lists the first 20 problems and counts the rest', async () => {
    await kb.write(
      'arguments/09-many.yaml',
      Array.from({ length: 25 }, (_, i) => `- id: broken-${i}\n  section: 2\n`).join(''),
    );
    const report = await reloader.reload();
    const lines = reloadReply(report).cards[0]?.description?.split('\n') ?? [];
    expect(lines[0]).toMatch(/^\d+ problems in the knowledge files:$/);
    expect(lines.filter((l) => l.startsWith('`arguments/09-many.yaml'))).toHaveLength(20);
    expect(lines.at(-1)).toMatch(/^…and \d+ more \(run npm run kb:check for all\)\.$/);
  });

  it('a reload that takes too long is abandoned and changes nothing', async () => {
    const before = store.current;
    const impatient = new Reloader(store, kb.dir, { timeoutMs: 0 });
    expect(await impatient.reload()).toMatchObject({ ok: false, reason: 'timeout' });
    expect(store.current).toBe(before);
  });
});

describe('two reloads at once', () => {
  it('the second is told one is running, and the first completes', async () => {
    await kb.write(CONCLUSION, (await kb.read(CONCLUSION)) + EXTRA_ENTRY);
    const [first, second] = await Promise.all([reloader.reload(), reloader.reload()]);
    expect(first).toMatchObject({ ok: true, added: ['added-by-admin'] });
    expect(second).toMatchObject({ ok: false, reason: 'busy' });
    expect(reloadReply(second).cards[0]?.description).toBe(
      'Another reload is running; try again when it has finished.',
    );
    expect(await reloader.reload()).toMatchObject({ ok: true, added: [] });
  });
});
