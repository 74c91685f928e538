import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { KnowledgeStore } from '../../src/reload/knowledge-store.ts';
import { Reloader } from '../../src/reload/reloader.ts';
import { attachSemantic } from '../../src/reload/semantic-attach.ts';
import type { MatchResult } from '../../src/search/matcher.ts';
import { closeSharedEngine, hybridLoaded, testEngine } from '../support/hybrid.ts';
import { copyKnowledge } from '../support/knowledge-copy.ts';

const COLONY = 'arguments/02-colonial-paradigm.yaml';
const QUESTIONS = [
  'was karabakh a colony?',
  'Turkey sent jihadist mercenarys',
  'they kicked the azeris out of their villages',
  "what's the weather in baku",
];
const kb = await copyKnowledge();
afterAll(async () => {
  await kb.dispose();
  await closeSharedEngine();
});

describe('reloading while questions are read for meaning', () => {
  it('answers every question during three reloads that embed new texts, then reads the new ones', async () => {
    const first = await loadKnowledge(kb.dir);
    if (!first.ok) throw new Error('fixture has problems');
    const store = new KnowledgeStore(await hybridLoaded(first.knowledge));
    const engine = await testEngine();
    const embedded: number[] = [];
    const reloader = new Reloader(store, kb.dir, {
      prepare: async (loaded) => {
        const attached = await attachSemantic(loaded, engine);
        embedded.push(attached.report.embedded);
        return attached.loaded;
      },
    });
    let reloading = true;
    const reloads = (async () => {
      for (const word of ['quokkaland', 'wombatshire', 'numbatvale']) {
        await kb.edit(
          COLONY,
          '    - Is Karabakh an Azerbaijani colony?',
          `    - Is Karabakh an Azerbaijani colony?\n    - was ${word} ever ruled as a colony`,
        );
        expect((await reloader.reload()).ok).toBe(true);
      }
      reloading = false;
    })();
    const results: MatchResult[] = [];
    while (reloading || results.length < 40) {
      results.push(await store.current.matcher.ask(QUESTIONS[results.length % QUESTIONS.length] ?? ''));
      await tick();
    }
    await reloads;
    expect(results.every((r) => r.matcher === 'hybrid')).toBe(true);
    expect(
      results
        .filter((_, i) => i % QUESTIONS.length === 0)
        .every((r) => r.candidates[0]?.entry.id === 'karabakh-not-a-colony'),
    ).toBe(true);
    // Each reload embedded its one new question, the rest came from the cache.
    expect(embedded).toEqual([1, 1, 1]);
    expect((await store.current.matcher.ask('was numbatvale ever ruled as a colony')).candidates[0]?.entry.id).toBe(
      'karabakh-not-a-colony',
    );
  });
});
