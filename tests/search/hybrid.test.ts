import { describe, expect, it } from 'vitest';
import { createHybridMatcher, type SemanticScorer } from '../../src/search/hybrid-matcher.ts';
import type { Matcher } from '../../src/search/matcher.ts';
import { DEFAULT_SEARCH_OPTIONS as DEFAULTS } from '../../src/search/search-defaults.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge, matcher: lexical } = await realMatcher();
const index = (id: string) => knowledge.entries.findIndex((e) => e.id === id);

/** A stand-in for the model: every text gets the same scores, one entry's set to `value`. */
function scorer(scores: Record<string, number>, asked: string[][] = []): SemanticScorer {
  return {
    model: 'stand-in',
    score: async (texts) => {
      asked.push([...texts]);
      return texts.map(() => {
        const row = new Float32Array(knowledge.entries.length);
        for (const [id, value] of Object.entries(scores)) row[index(id)] = value;
        return row;
      });
    },
  };
}

describe('fusing the words with the meaning (a stand-in scorer)', () => {
  it('a question sharing no word with an entry is answered by it when its meaning says so', async () => {
    const question = 'frumious bandersnatch gyre';
    expect(lexical.ask(question).answered).toBe(false);
    const hybrid = createHybridMatcher(lexical, scorer({ 'karabakh-not-a-colony': 0.9 }));
    const result = await hybrid.ask(question);
    expect(result.matcher).toBe('hybrid');
    expect(result.answered).toBe(true);
    expect(result.candidates[0]?.entry.id).toBe('karabakh-not-a-colony');
    expect(result.candidates[0]?.semantic).toBeCloseTo(0.9, 5);
    expect(result.candidates[0]?.score).toBeCloseTo(
      (1 - DEFAULTS.lexicalWeight) * 0.9 + DEFAULTS.lexicalWeight * result.candidates[0]!.lexical,
      5,
    );
  });

  it('with no meaning to add, the words decide as before: same first entry, same verdict', async () => {
    const hybrid = createHybridMatcher(lexical, scorer({}));
    for (const question of [
      'was karabakh a colony?',
      'Turkey sent jihadist mercenaries',
      'what is the capital of france',
    ]) {
      const [words, fused] = [lexical.ask(question), await hybrid.ask(question)];
      expect(fused.candidates[0]?.entry.id, question).toBe(words.candidates[0]?.entry.id);
      expect(fused.verdict, question).toBe(words.verdict);
    }
  });

  it('where the words find entries close, the meaning picks among them', async () => {
    const question = 'azerbaijan will never give karabakh any autonomy';
    const words = lexical.ask(question);
    expect(words).toMatchObject({ answered: true, verdict: 'close' });
    const close = words.candidates.slice(0, 2).map((c) => c.entry.id);
    for (const meant of close) {
      const result = await createHybridMatcher(lexical, scorer({ [meant]: 0.9 })).ask(question);
      expect(result.answered, meant).toBe(true);
      expect(result.candidates[0]?.entry.id, meant).toBe(meant);
    }
  });

  it('where the words are sure of an entry, it stays first whatever the meaning prefers', async () => {
    const question = 'was karabakh a colony?';
    expect(lexical.ask(question)).toMatchObject({ answered: true, verdict: 'clear' });
    const result = await createHybridMatcher(lexical, scorer({ 'armenians-as-settlers': 0.9 })).ask(question);
    expect(result).toMatchObject({ answered: true, verdict: 'clear' });
    expect(result.candidates.map((c) => c.entry.id).slice(0, 2)).toEqual([
      'karabakh-not-a-colony',
      'armenians-as-settlers',
    ]);
  });

  it('refuses an answer of the words when the meaning points away from it', async () => {
    expect(lexical.ask('was karabakh a colony?').answered).toBe(true);
    const hybrid = createHybridMatcher(lexical, scorer({ 'karabakh-not-a-colony': DEFAULTS.meaningVeto - 0.1 }));
    const result = await hybrid.ask('was karabakh a colony?');
    expect(result).toMatchObject({ answered: false, verdict: 'unexplained' });
    expect(result.candidates[0]?.entry.id).toBe('karabakh-not-a-colony');
  });

  it('a meaning too weak does not carry a question the words refuse', async () => {
    const hybrid = createHybridMatcher(lexical, scorer({ 'karabakh-not-a-colony': DEFAULTS.meaningSemantic - 0.05 }));
    expect((await hybrid.ask('frumious bandersnatch gyre')).answered).toBe(false);
  });

  it('embeds the whole question once, as the matcher reads it (its parts go by words)', async () => {
    const asked: string[][] = [];
    const question = '<@123456789012345678> Karabakh was always Armenian and the referendum was legal';
    await createHybridMatcher(lexical, scorer({}, asked)).ask(question);
    expect(asked).toEqual([[' '.repeat(21) + ' Karabakh was always Armenian and the referendum was legal']]);
  });

  it('reads the words while the model reads the question, then both together', async () => {
    const calls: string[] = [];
    const spy: Matcher = {
      ...lexical,
      readWords: (q) => (calls.push('words read'), lexical.readWords(q)),
      draft: (q, s) => (calls.push(s ? 'words and meaning' : 'words'), lexical.draft(q, s)),
    };
    let release = () => {};
    const slow: SemanticScorer = {
      model: 'slow',
      score: (texts) =>
        new Promise((resolve) => {
          release = () => resolve(texts.map(() => new Float32Array(knowledge.entries.length)));
        }),
    };
    const pending = createHybridMatcher(spy, slow).ask('was karabakh a colony?');
    await Promise.resolve();
    expect(calls).toEqual(['words read']);
    release();
    expect((await pending).matcher).toBe('hybrid');
    expect(calls).toEqual(['words read', 'words and meaning']);
  });

  it('when the model fails, the question is answered by the words and the failure is reported', async () => {
    const failures: unknown[] = [];
    const broken: SemanticScorer = {
      model: 'broken',
      score: async () => {
        throw new Error('the semantic worker stopped');
      },
    };
    const result = await createHybridMatcher(lexical, broken, (e) => failures.push(e)).ask('was karabakh a colony?');
    expect(result.matcher).toBe('lexical');
    expect(result.candidates[0]?.entry.id).toBe('karabakh-not-a-colony');
    expect(String(failures[0])).toMatch(/semantic worker stopped/);
  });
});
