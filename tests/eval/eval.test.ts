import { describe, expect, it } from 'vitest';
import { loadEvalSet } from '../../src/evaluation/eval-set.ts';
import { evaluate } from '../../src/evaluation/evaluate.ts';
import { EVAL_FLOORS, meetsFloors } from '../../src/evaluation/floors.ts';
import { foldText } from '../../src/text/normalize.ts';
import { contentTokens } from '../../src/text/tokens.ts';
import { realMatcher } from '../support/matcher.ts';

const { matcher, knowledge } = await realMatcher();
const questions = await loadEvalSet();

describe('the evaluation set', () => {
  it('is big and varied enough to mean something', () => {
    const count = (kind: string) => questions.filter((q) => q.kind === kind).length;
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(count('typo')).toBeGreaterThanOrEqual(20);
    expect(count('keywords')).toBeGreaterThanOrEqual(10);
    expect(count('assertion')).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => q.expected.length === 0).length).toBeGreaterThanOrEqual(25);
    expect(count('neartopic')).toBeGreaterThanOrEqual(10);
  });

  it('names only entries that exist', () => {
    for (const q of questions)
      for (const id of q.expected) expect(knowledge.entryById.has(id), `${q.question} → ${id}`).toBe(true);
  });

  it('repeats none of the knowledge base example questions, even after normalisation', () => {
    const stems = (text: string) =>
      contentTokens(text)
        .map((t) => t.stem)
        .join(' ');
    const examples = knowledge.entries.flatMap((e) => e.questions);
    const folded = new Set(examples.map(foldText));
    const stemmed = new Set(examples.map(stems));
    for (const q of questions) {
      expect(folded.has(foldText(q.question)), q.question).toBe(false);
      const own = stems(q.question);
      if (own !== '') expect(stemmed.has(own), q.question).toBe(false);
    }
  });
});

describe('matching quality on the evaluation set', () => {
  const report = evaluate(questions, (q) => {
    const r = matcher.ask(q);
    return { answered: r.answered, ids: r.candidates.map((c) => c.entry.id) };
  });

  it('meets every floor at once, with one configuration', () => {
    const misses = report.misses.map((m) => `[${m.problem}] ${m.question}`).join('\n');
    expect(report, misses).toSatisfy(meetsFloors);
    expect(EVAL_FLOORS).toMatchObject({ top1: 0.95, top3: 0.99, mrr: 0.97 });
  });

  it('does clearly better than plain BM25 over the paragraphs (about 0.89 top-1 without refusing)', () => {
    expect(report.top1).toBeGreaterThan(0.89);
    expect(report.mrr).toBeGreaterThan(0.9);
  });
});
