import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';

const askReply = async (
  loaded: Parameters<typeof answer>[1]['loaded'],
  text: string,
  visibility: 'public' | 'ephemeral',
) => (await answer(text, { loaded, visibility })).reply;
import { Reloader } from '../../src/reload/reloader.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { storeFor } from '../support/reload-fixtures.ts';

const COLONY = 'arguments/02-colonial-paradigm.yaml';
const QUESTIONS = [
  'was karabakh a colony?',
  'Turkey sent jihadist mercenarys',
  'chiragov v armenia',
  "what's the weather in baku",
  'ethnic clensing',
];

let a: KnowledgeCopy;
let b: KnowledgeCopy;
beforeAll(async () => {
  // Two whole knowledge bases that answer the colony question differently, marked A and B in
  // the topic and in the rebuttal: a reply mixing the two would carry both marks.
  a = await copyKnowledge();
  b = await copyKnowledge();
  for (const [copy, mark] of [
    [a, 'A'],
    [b, 'B'],
  ] as const) {
    await copy.edit(COLONY, 'topic: Was Karabakh ever a colony?', `topic: (${mark}) Was Karabakh ever a colony?`);
    await copy.edit(
      COLONY,
      'The article argues that Karabakh cannot',
      `The article argues (${mark}) that Karabakh cannot`,
    );
  }
});
afterAll(async () => {
  await a.dispose();
  await b.dispose();
});

describe('answers during reloads', () => {
  it('asks answered through 20 reloads between two knowledge bases (two at once): no error, no mix', async () => {
    const store = await storeFor(a.dir);
    const reloaders = [new Reloader(store, b.dir), new Reloader(store, a.dir)];
    const reports: Awaited<ReturnType<Reloader['reload']>>[] = [];
    let reloading = true;
    // Reloads run in the worker, so answers go on meanwhile.
    const reloads = (async () => {
      for (let i = 0; i < 20; i++) {
        const [first, second] = await Promise.all([reloaders[i % 2]?.reload(), reloaders[(i + 1) % 2]?.reload()]);
        if (first) reports.push(first);
        if (second) reports.push(second);
      }
      reloading = false;
    })();
    const seen = new Set<string>();
    let asked = 0;
    while (reloading || asked < 1000) {
      const reply = await askReply(store.current, QUESTIONS[asked % QUESTIONS.length] ?? '', 'public');
      if (asked % QUESTIONS.length === 0) {
        const card = reply.cards[0];
        const claimMark = /^\((A|B)\) Was Karabakh/.exec(card?.title ?? '')?.[1];
        const rebuttalMark = /\n\n\*\*The article’s answer:\*\* The article argues \((A|B)\)/.exec(
          card?.description ?? '',
        )?.[1];
        expect(claimMark).toBeDefined();
        expect(rebuttalMark).toBe(claimMark);
        seen.add(claimMark ?? '');
      }
      asked++;
      await tick();
    }
    await reloads;
    expect(asked).toBeGreaterThanOrEqual(1000);
    // Two reloaders, each with its own reload at a time: all 40 go through, one after the other in the worker.
    expect(reports.filter((r) => r.ok)).toHaveLength(40);
    expect([...seen].sort()).toEqual(['A', 'B']);
  });
});
