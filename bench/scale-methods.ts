// The ranking methods at one size of synthetic knowledge base: their questions, accuracy, latency and build.
import type { EvalQuestion } from '../src/evaluation/eval-set.ts';
import { evaluate } from '../src/evaluation/evaluate.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { fuseTuned, type Method } from './baselines.ts';
import { measureBuild, percentiles, spreadOf, timeCalls, type Spread } from './measure.ts';

/** One method at one size: accuracy, and latency and build time as medians of 3 with spread. */
export interface MethodAtSize {
  readonly method: string;
  readonly questions: number;
  readonly top1: number;
  readonly refused: number;
  readonly p50: Spread;
  readonly p95: Spread;
  readonly buildMs: Spread;
}

/**
 * Questions as people type them, for 150 entries spread over the base: an example question with
 * a letter dropped, the keywords, and an off-topic question. Each expects its own entry.
 */
export function syntheticQuestions(kb: KnowledgeBase): EvalQuestion[] {
  const sample = kb.entries.filter((_, i) => i % Math.ceil(kb.entries.length / 150) === 0);
  return sample.flatMap((e, i) => [
    {
      question: (e.questions[0] ?? '').replace(/(\w{4})\w/, '$1'),
      expected: [e.id],
      kind: 'typo',
      half: 'tune' as const,
    },
    { question: e.keywords.join(' '), expected: [e.id], kind: 'keywords', half: 'tune' as const },
    { question: `what about the weather ${i}`, expected: [], kind: 'offtopic', half: 'tune' as const },
  ]);
}

/**
 * fuse.js scans every entry for every word of the question: about 0.9 s a question at 1,000
 * entries and 9 s at 10,000. It gets 12 questions (four of each kind) at 1,000 entries and is not
 * run on the larger bases, where the matcher is compared with MiniSearch.
 */
export const FUSE_UP_TO = 1000;
function sampleFor(method: Method, questions: readonly EvalQuestion[]): readonly EvalQuestion[] {
  return method === fuseTuned ? questions.slice(0, 12) : questions;
}

/** One method at one size. */
export function measureMethod(method: Method, kb: KnowledgeBase, questions: readonly EvalQuestion[]): MethodAtSize {
  const builds = [0, 1, 2].map(() => measureBuild(() => method.build(kb)));
  const rank = builds[0]?.value ?? method.build(kb);
  const asked = sampleFor(method, questions);
  const report = evaluate(asked, rank);
  const runs = [0, 1, 2].map(() =>
    percentiles(
      timeCalls(
        asked.map((q) => q.question),
        rank,
        1,
      ),
    ),
  );
  return {
    method: method.name,
    questions: asked.length,
    top1: report.top1,
    refused: report.refused,
    p50: spreadOf(runs.map((r) => r.p50)),
    p95: spreadOf(runs.map((r) => r.p95)),
    buildMs: spreadOf(builds.map((b) => b.ms)),
  };
}
