import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { writeSyntheticKnowledge } from '../scripts/synthetic-kb.ts';
import { evaluate } from '../src/evaluation/evaluate.ts';
import type { EvalQuestion } from '../src/evaluation/eval-set.ts';
import { loadKnowledge } from '../src/knowledge/load-knowledge.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { KnowledgeStore, prepare } from '../src/reload/knowledge-store.ts';
import { Reloader } from '../src/reload/reloader.ts';
import { createMatcher } from '../src/search/matcher.ts';
import { fuseTuned, matcherMethod, miniSearchTuned, type Method } from './baselines.ts';
import { measureBuild, measureBuildAsync, percentiles, spreadOf, timeCalls, type Spread } from './measure.ts';

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

/** Everything measured at one size of synthetic knowledge base. */
export interface SizeRow {
  readonly entries: number;
  readonly loadMs: Spread;
  readonly reloadMs: Spread;
  readonly stallMs: Spread;
  readonly inProcessStallMs: number | undefined;
  readonly memMb: number;
  readonly methods: readonly MethodAtSize[];
}

async function load(dir: string): Promise<KnowledgeBase> {
  const result = await loadKnowledge(dir);
  if (!result.ok) throw new Error(`${dir}: ${result.problems.length} problems`);
  return result.knowledge;
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
const FUSE_UP_TO = 1000;
function sampleFor(method: Method, questions: readonly EvalQuestion[]): readonly EvalQuestion[] {
  return method === fuseTuned ? questions.slice(0, 12) : questions;
}

/** One method at one size. */
function measureMethod(method: Method, kb: KnowledgeBase, questions: readonly EvalQuestion[]): MethodAtSize {
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

/** Reloads through the worker (the diff included), with the longest event-loop stall of each. */
async function reloads(dir: string, kb: KnowledgeBase): Promise<{ ms: Spread; stall: Spread }> {
  const reloader = new Reloader(new KnowledgeStore(prepare(kb)), dir);
  await reloader.reload(); // the worker's first start compiles its modules once per process
  const ms: number[] = [];
  const stalls: number[] = [];
  for (let i = 0; i < 3; i++) {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const report = await reloader.reload();
    delay.disable();
    if (!report.ok) throw new Error(`reload of ${dir} failed`);
    ms.push(report.ms);
    stalls.push(delay.max / 1e6);
  }
  return { ms: spreadOf(ms), stall: spreadOf(stalls) };
}

/** The same reload on the answering thread, as before the worker: the stall is all of it. */
async function inProcessStall(dir: string): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  prepare(await load(dir));
  await new Promise((resolve) => setTimeout(resolve, 20));
  delay.disable();
  return delay.max / 1e6;
}

/** Synthetic knowledge bases of each size under `root`, every method side by side on each. */
export async function scaleRows(root: string, sizes: readonly number[]): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const entries of sizes) {
    const dir = path.join(root, `kb-${entries}`);
    await writeSyntheticKnowledge(dir, { entries, sources: Math.max(1, Math.round(entries / 100)) });
    const loads = [];
    for (let i = 0; i < 3; i++) loads.push(await measureBuildAsync(() => load(dir)));
    const kb = loads[0]?.value ?? (await load(dir));
    const memMb = measureBuild(() => createMatcher(kb)).heapMb;
    const questions = syntheticQuestions(kb);
    const methods = [matcherMethod, miniSearchTuned, ...(entries <= FUSE_UP_TO ? [fuseTuned] : [])].map((m) =>
      measureMethod(m, kb, questions),
    );
    const reload = await reloads(dir, kb);
    rows.push({
      entries,
      loadMs: spreadOf(loads.map((l) => l.ms)),
      reloadMs: reload.ms,
      stallMs: reload.stall,
      inProcessStallMs: entries === 10_000 ? await inProcessStall(dir) : undefined,
      memMb,
      methods,
    });
    console.log(`  ${entries} entries measured`);
  }
  return rows;
}
