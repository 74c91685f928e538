import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { writeSyntheticKnowledge } from '../scripts/synthetic-kb.ts';
import { loadEvalSet, loadRealPhrasings, type EvalQuestion } from '../src/evaluation/eval-set.ts';
import { evaluate, type Ranking } from '../src/evaluation/evaluate.ts';
import { loadKnowledge } from '../src/knowledge/load-knowledge.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { suggestions } from '../src/handlers/autocomplete.ts';
import { KnowledgeStore, prepare } from '../src/reload/knowledge-store.ts';
import { Reloader, stopLoadingWorker } from '../src/reload/reloader.ts';
import { createMatcher } from '../src/search/matcher.ts';
import { fuseDefault, miniSearchEntries, miniSearchParagraphs, paragraphKey, type Method } from './baselines.ts';
import { measureBuild, measureBuildAsync, median, num, percentiles, timeCalls } from './measure.ts';

// `npm run bench`: speed, memory and accuracy of the matcher beside simpler methods, in one run.
async function load(dir: string): Promise<KnowledgeBase> {
  const result = await loadKnowledge(dir);
  if (!result.ok) throw new Error(`${dir}: ${result.problems.length} problems`);
  return result.knowledge;
}

const matcherMethod: Method = {
  name: 'Counterpoint matcher',
  build(kb) {
    const matcher = createMatcher(kb);
    return (q) => {
      const r = matcher.ask(q);
      return { answered: r.answered, ids: r.candidates.map((c) => c.entry.id) };
    };
  },
};

/** The eval set with expected entries turned into the paragraphs they cite, for paragraph-level methods. */
function asParagraphQuestions(kb: KnowledgeBase, questions: readonly EvalQuestion[]): EvalQuestion[] {
  return questions.map((q) => ({
    ...q,
    expected: [...new Set(q.expected.flatMap((id) => kb.entryById.get(id)?.passages.map(paragraphKey) ?? []))],
  }));
}

const kb = await load(path.join(import.meta.dirname, '..', 'knowledge'));
const questions = await loadEvalSet();
const texts = questions.map((q) => q.question);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`knowledge base: ${kb.entries.length} entries; evaluation set: ${questions.length} questions\n`);
console.log(`${'method'.padEnd(32)}   top-1   top-3 refused  p50 ms  p95 ms  p99 ms build ms  mem MB`);
for (const method of [matcherMethod, fuseDefault, miniSearchEntries, miniSearchParagraphs]) {
  const built = measureBuild(() => method.build(kb));
  const rank: (q: string) => Ranking = built.value;
  const set = method === miniSearchParagraphs ? asParagraphQuestions(kb, questions) : questions;
  const report = evaluate(set, rank);
  const lat = percentiles(timeCalls(texts, rank, method === fuseDefault ? 3 : 20));
  console.log(`${method.name.padEnd(32)}${num(report.top1)}${num(report.top3)}${num(report.refused)}${num(lat.p50, 3)}${num(lat.p95, 3)}${num(lat.p99, 3)}${num(built.ms, 1, 9)}${num(built.heapMb, 1)}`);
}

// The real phrasings: posts people wrote, by half (constants were chosen on "tune" only).
const real = await loadRealPhrasings(kb);
console.log(`\nreal phrasings (tests/eval/real-phrasings.yaml): ${real.length} posts, ${real.filter((q) => q.expected.length > 0).length} the article answers`);
console.log(`${'method'.padEnd(32)} half   top-1   top-3  ans.right refused`);
for (const method of [matcherMethod, fuseDefault, miniSearchEntries, miniSearchParagraphs]) {
  const rank = method.build(kb);
  for (const half of ['tune', 'test'] as const) {
    const part = real.filter((q) => q.half === half);
    const report = evaluate(method === miniSearchParagraphs ? asParagraphQuestions(kb, part) : part, rank);
    console.log(`${method.name.padEnd(32)} ${half}${num(report.top1)}${num(report.top3)}${num(report.answeredCorrectly, 2, 11)}${num(report.refused)}`);
  }
}

/**
 * Median time of `runs` reloads of `dir` into a store already holding it (load, check, build in the
 * worker, hand over, swap, diff), and the longest the event loop was held meanwhile: what an
 * /ask arriving during a reload waits at worst.
 */
async function reloadFigures(dir: string, runs: number): Promise<{ ms: number; stallMs: number }> {
  const reloader = new Reloader(new KnowledgeStore(prepare(await load(dir))), dir);
  await reloader.reload(); // the worker's first start compiles its modules once per process
  const times: number[] = [];
  const stalls: number[] = [];
  for (let i = 0; i < runs; i++) {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const report = await reloader.reload();
    delay.disable();
    if (!report.ok) throw new Error(`reload of ${dir} failed`);
    times.push(report.ms);
    stalls.push(delay.max / 1e6);
  }
  return { ms: percentiles(times).p50, stallMs: percentiles(stalls).p50 };
}

/** The same reload done on the answering thread, as before the worker: the stall is the whole of it. */
async function inProcessStallMs(dir: string): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  prepare(await load(dir));
  await new Promise((resolve) => setTimeout(resolve, 20));
  delay.disable();
  return delay.max / 1e6;
}

/** Autocomplete as Discord drives it: every prefix of each question, as typed letter by letter. */
function autocompleteLatency(loaded: ReturnType<typeof prepare>, qs: readonly string[]) {
  const prefixes = qs.flatMap((q) => Array.from({ length: Math.ceil(q.length / 4) }, (_, i) => q.slice(0, (i + 1) * 4)));
  return percentiles(timeCalls(prefixes, (p) => suggestions(loaded, p), 1));
}

const articleAutocomplete = autocompleteLatency(prepare(kb), texts);
console.log(`\nautocomplete on the article (every 4th prefix of each question): p50 ${num(articleAutocomplete.p50, 3, 1)} ms, p95 ${num(articleAutocomplete.p95, 3, 1)} ms, p99 ${num(articleAutocomplete.p99, 3, 1)} ms`);
const articleReload = await reloadFigures(path.join(import.meta.dirname, '..', 'knowledge'), 9);
console.log(`reload of the article's knowledge base (median of 9): ${num(articleReload.ms, 0, 1)} ms, event loop held at most ${num(articleReload.stallMs, 1, 1)} ms`);
console.log('\nsynthetic knowledge bases (scripts/synthetic-kb.ts); load, build and reload: median of 3');
console.log(`${'entries'.padStart(8)} ${'sources'.padStart(8)}  load ms  build ms reload ms  stall ms   mem MB   p50 ms   p95 ms   p99 ms  autocomplete p95 ms`);
const root = await mkdtemp(path.join(os.tmpdir(), 'counterpoint-bench-'));
try {
  for (const [entries, sources] of [[1000, 10], [5000, 50], [10000, 100]] as const) {
    const dir = path.join(root, `kb-${entries}`);
    await writeSyntheticKnowledge(dir, { entries, sources });
    // Median of three, each from a collected heap: one run on a shared machine is noisy.
    const loads: { value: KnowledgeBase; ms: number; heapMb: number }[] = [];
    for (let i = 0; i < 3; i++) loads.push(await measureBuildAsync(() => load(dir)));
    const loaded = median(loads);
    const builds = [0, 1, 2].map(() => measureBuild(() => createMatcher(loaded.value)));
    const built = median(builds);
    const sample = loaded.value.entries.filter((_, i) => i % Math.ceil(entries / 150) === 0);
    // Questions as people type them: an example question with one letter dropped, a keyword, an off-topic one.
    const qs = sample.flatMap((e, i) => [(e.questions[0] ?? '').replace(/(\w{4})\w/, '$1'), e.keywords.join(' '), `what about the weather ${i}`]);
    const lat = percentiles(timeCalls(qs, (q) => built.value.ask(q), 3));
    const reload = await reloadFigures(dir, 3);
    const auto = autocompleteLatency(prepare(loaded.value), qs.slice(0, 150));
    console.log(`${String(entries).padStart(8)} ${String(sources).padStart(8)}${num(loaded.ms, 0, 9)}${num(built.ms, 0, 10)}${num(reload.ms, 0, 10)}${num(reload.stallMs, 0, 10)}${num(built.heapMb, 1, 9)}${num(lat.p50, 3, 9)}${num(lat.p95, 3, 9)}${num(lat.p99, 3, 9)}${num(auto.p95, 3, 21)}`);
    if (entries === 10000) console.log(`         the same reload on the answering thread (before the worker): event loop held ${num(await inProcessStallMs(dir), 0, 1)} ms`);
  }
} finally {
  await rm(root, { recursive: true, force: true });
  await stopLoadingWorker();
}
