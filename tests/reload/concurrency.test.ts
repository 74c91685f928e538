import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askReply } from '../../src/handlers/command-replies.ts';
import { Reloader } from '../../src/reload/reloader.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { storeFor } from '../support/reload-fixtures.ts';

const COLONY = 'arguments/02-colonial-paradigm.yaml';
const QUESTIONS = ['was karabakh a colony?', 'Turkey sent jihadist mercenarys', 'chiragov v armenia', "what's the weather in baku", 'ethnic clensing'];

let a: KnowledgeCopy;
let b: KnowledgeCopy;
beforeAll(async () => {
  // Two whole knowledge bases that answer the colony question differently, marked A and B in
  // the topic and in the rebuttal: a reply mixing the two would carry both marks.
  a = await copyKnowledge();
  b = await copyKnowledge();
  for (const [copy, mark] of [[a, 'A'], [b, 'B']] as const) {
    await copy.edit(COLONY, 'topic: Was Karabakh ever a colony?', `topic: (${mark}) Was Karabakh ever a colony?`);
    await copy.edit(COLONY, 'The article argues that Karabakh cannot', `The article argues (${mark}) that Karabakh cannot`);
  }
});
afterAll(async () => { await a.dispose(); await b.dispose(); });

describe('answers during reloads', () => {
  it('1,000 asks interleaved with 20 reloads between two knowledge bases: no error, never a mix', async () => {
    const store = await storeFor(a.dir);
    const reloaders = [new Reloader(store, b.dir), new Reloader(store, a.dir)];
    const reloads = Array.from({ length: 20 }, async (_, i) => {
      for (let wait = 0; wait < i * 3; wait++) await tick();
      return reloaders[i % 2]?.reload();
    });
    const seen = new Set<string>();
    const asks = Array.from({ length: 1000 }, async (_, i) => {
      for (let wait = 0; wait < i % 50; wait++) await tick();
      const reply = askReply(store.current, QUESTIONS[i % QUESTIONS.length] ?? '', 'public');
      const card = reply.cards[0];
      if (i % QUESTIONS.length !== 0) return;
      const claimMark = /^\((A|B)\) Was Karabakh/.exec(card?.title ?? '')?.[1];
      const rebuttalMark = /\n\nThe article argues \((A|B)\)/.exec(card?.description ?? '')?.[1];
      expect(claimMark).toBeDefined();
      expect(rebuttalMark).toBe(claimMark);
      seen.add(claimMark ?? '');
    });
    const reports = await Promise.all(reloads);
    await Promise.all(asks);
    expect(reports.every((r) => r?.ok === true || (r?.ok === false && r.reason === 'busy'))).toBe(true);
    expect(reports.filter((r) => r?.ok).length).toBeGreaterThanOrEqual(10);
    expect([...seen].sort()).toEqual(['A', 'B']);
  });
});
