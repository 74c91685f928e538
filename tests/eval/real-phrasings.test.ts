import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRealPhrasings, readRealPhrasings } from '../../src/evaluation/eval-set.ts';
import { evaluate } from '../../src/evaluation/evaluate.ts';
import { meets, REAL_PHRASING_FLOORS } from '../../src/evaluation/floors.ts';
import { foldText } from '../../src/text/normalize.ts';
import { REAL_KNOWLEDGE } from '../support/knowledge-copy.ts';
import { realMatcher } from '../support/matcher.ts';

const { matcher, knowledge } = await realMatcher();
const items = await readRealPhrasings();
const set = await loadRealPhrasings(knowledge);

async function knowledgeTexts(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await knowledgeTexts(file)));
    else found.push(await readFile(file, 'utf8'));
  }
  return found;
}

describe('the real-phrasing set', () => {
  it('holds at least 150 posts the article answers and 50 it does not, each with its address', () => {
    expect(items.filter((i) => i.answer !== 'none').length).toBeGreaterThanOrEqual(150);
    expect(items.filter((i) => i.answer === 'none').length).toBeGreaterThanOrEqual(50);
    for (const item of items) expect(item.url, item.text).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+/);
    expect(new Set(items.map((i) => foldText(i.text))).size).toBe(items.length);
  });

  it('mixes kinds of posts as found: statements, articles, comments, headlines, questions', () => {
    const kinds = new Set(items.map((i) => i.kind));
    for (const kind of ['statement', 'article', 'comment', 'headline', 'question']) expect(kinds).toContain(kind);
  });

  it('labels resolve to entries, and the halves split it roughly in two', () => {
    expect(set).toHaveLength(items.length);
    const tune = set.filter((q) => q.half === 'tune').length;
    expect(tune / set.length).toBeGreaterThan(0.4);
    expect(tune / set.length).toBeLessThan(0.6);
  });

  it('is copied nowhere into knowledge/: no eval text appears in any knowledge file, even folded', async () => {
    const corpus = ` ${(await knowledgeTexts(REAL_KNOWLEDGE)).map(foldText).join(' | ')} `;
    for (const item of items) expect(corpus.includes(` ${foldText(item.text)} `), item.text).toBe(false);
  });

  it('the copy check can fail: a knowledge text holding an eval text is caught', () => {
    const text = items[0]?.text ?? '';
    const corpus = ` ${foldText(`questions:\n  - ${text}`)} `;
    expect(corpus.includes(` ${foldText(text)} `)).toBe(true);
  });
});

describe('matching quality on the real phrasings', () => {
  const rank = (q: string) => {
    const r = matcher.ask(q);
    return { answered: r.answered, ids: r.candidates.map((c) => c.entry.id) };
  };
  const tune = evaluate(
    set.filter((q) => q.half === 'tune'),
    rank,
  );
  const test = evaluate(
    set.filter((q) => q.half === 'test'),
    rank,
  );
  const misses = (r: typeof tune) => r.misses.map((m) => `[${m.problem}] ${m.question}`).join('\n');
  // The held-out half's misses are never printed, even when its floor fails: reading them would
  // be tuning on that half. Its figures say what moved.
  const figures = (r: typeof tune) =>
    `answered right ${r.answeredCorrectly.toFixed(3)}, top-3 ${r.top3.toFixed(3)}, refused ${r.refused.toFixed(3)}`;

  // Neither half meets REAL_PHRASING_TARGETS since the last batch of new posts (see the floors'
  // comment); `npm run eval` measures both halves against the targets and exits non-zero until they do.
  it('holds its figures on the half the constants were chosen on', () => {
    expect(tune, misses(tune)).toSatisfy((r: typeof tune) => meets(r, REAL_PHRASING_FLOORS.tune));
  });

  it('holds its figures on the held-out half', () => {
    expect(test, figures(test)).toSatisfy((r: typeof test) => meets(r, REAL_PHRASING_FLOORS.test));
  });
});
