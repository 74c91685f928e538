import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { writeSyntheticKnowledge } from '../scripts/synthetic-kb.ts';
import { loadKnowledge } from '../src/knowledge/load-knowledge.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { KnowledgeStore, prepare } from '../src/reload/knowledge-store.ts';
import { Reloader } from '../src/reload/reloader.ts';
import { createMatcher } from '../src/search/matcher.ts';
import { fuseTuned, matcherMethod, miniSearchTuned } from './baselines.ts';
import { measureBuild, measureBuildAsync, spreadOf, type Spread } from './measure.ts';
import { FUSE_UP_TO, measureMethod, syntheticQuestions, type MethodAtSize } from './scale-methods.ts';

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
