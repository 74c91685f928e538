// The bench's figures on the article: each method's accuracy and speed on questions.yaml and on the
// real phrasings, autocomplete as typed, and reloads of the article's knowledge base through the worker.
import { suggestions } from '../src/answer/suggestions.ts';
import type { EvalQuestion } from '../src/evaluation/eval-set.ts';
import { evaluate } from '../src/evaluation/evaluate.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { KnowledgeStore, prepare } from '../src/reload/knowledge-store.ts';
import { Reloader } from '../src/reload/reloader.ts';
import {
  fuseTuned,
  matcherMethod,
  miniSearchParagraphs,
  miniSearchTuned,
  paragraphKey,
  type Method,
} from './baselines.ts';
import type { ArticleRow, RealRow } from './bench-run.ts';
import { measureBuild, percentiles, spreadOf, timeCalls } from './measure.ts';

const methods: Method[] = [matcherMethod, miniSearchTuned, fuseTuned, miniSearchParagraphs];

/** Expected entries turned into the paragraphs they cite, for the paragraph-level baseline. */
function asParagraphs(kb: KnowledgeBase, questions: readonly EvalQuestion[]): EvalQuestion[] {
  return questions.map((q) => ({
    ...q,
    expected: [...new Set(q.expected.flatMap((id) => kb.entryById.get(id)?.passages.map(paragraphKey) ?? []))],
  }));
}

/**
 * Each method on the article's knowledge base `kb` (read from `dir`): questions.yaml (`questions`) and
 * the real phrasings (`real`) by half; autocomplete on every 4th prefix of every question; nine
 * reloads of `dir` through the worker, after one to start it.
 */
export async function articleFigures(kb: KnowledgeBase, questions: EvalQuestion[], real: EvalQuestion[], dir: string) {
  const article: ArticleRow[] = methods.map((method) => {
    const builds = [0, 1, 2].map(() => measureBuild(() => method.build(kb)));
    const rank = builds[0]?.value ?? method.build(kb);
    const set = method === miniSearchParagraphs ? asParagraphs(kb, questions) : questions;
    const runs = [0, 1, 2].map(() =>
      percentiles(
        timeCalls(
          questions.map((q) => q.question),
          rank,
          method === fuseTuned ? 2 : 20,
        ),
      ),
    );
    return {
      method: method.name,
      report: evaluate(set, rank),
      p50: spreadOf(runs.map((r) => r.p50)),
      p95: spreadOf(runs.map((r) => r.p95)),
      buildMs: spreadOf(builds.map((b) => b.ms)),
      memMb: builds[0]?.heapMb ?? 0,
    };
  });
  const realRows: RealRow[] = methods.flatMap((method) => {
    const rank = method.build(kb);
    return (['tune', 'test'] as const).map((half) => {
      const part = real.filter((q) => q.half === half);
      return {
        method: method.name,
        half,
        report: evaluate(method === miniSearchParagraphs ? asParagraphs(kb, part) : part, rank),
      };
    });
  });
  const prefixes = questions.flatMap((q) =>
    Array.from({ length: Math.ceil(q.question.length / 4) }, (_, i) => q.question.slice(0, (i + 1) * 4)),
  );
  const loaded = prepare(kb);
  const autocomplete = percentiles(timeCalls(prefixes, (p) => suggestions(loaded, p), 3));
  const articleReloads: number[] = [];
  const reloader = new Reloader(new KnowledgeStore(prepare(kb)), dir);
  await reloader.reload();
  for (let i = 0; i < 9; i++) {
    const r = await reloader.reload();
    if (r.ok) articleReloads.push(r.ms);
  }
  return { article, realRows, autocomplete, articleReloads };
}
