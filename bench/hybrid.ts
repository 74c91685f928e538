import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticKnowledge } from '../scripts/synthetic-kb.ts';
import type { EvalQuestion } from '../src/evaluation/eval-set.ts';
import { loadKnowledge } from '../src/knowledge/load-knowledge.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { prepare } from '../src/reload/knowledge-store.ts';
import { attachSemantic } from '../src/reload/semantic-attach.ts';
import { closeSharedEngine, sharedSemanticEngine } from '../src/semantic/shared-engine.ts';
import { percentiles, spreadOf, type Spread } from './measure.ts';
import { syntheticQuestions } from './scale-methods.ts';

/** Per-question latency of one matcher, median of three runs of p50 and p95, each a first sight. */
export interface LatencyRow {
  readonly entries: number;
  readonly method: 'hybrid' | 'lexical';
  readonly p50: Spread;
  readonly p95: Spread;
}

/** What the hybrid matcher costs, beside the lexical one, in one run (bench/RESULTS.md). */
export interface HybridFigures {
  readonly latency: readonly LatencyRow[];
  /** Embedding every entry text of a base the first time (empty cache), then again from the cache. */
  readonly indexing: readonly {
    readonly entries: number;
    readonly texts: number;
    readonly firstMs: number;
    readonly cachedMs: number;
  }[];
  readonly nodeModulesMb: number;
  readonly onnxRuntimeMb: number;
}

const ROOT = path.join(import.meta.dirname, '..');
const mb = (dir: string) => Number(execFileSync('du', ['-sm', dir], { encoding: 'utf8' }).split('\t')[0]);

async function load(dir: string): Promise<KnowledgeBase> {
  const result = await loadKnowledge(dir);
  if (!result.ok) throw new Error(`${dir}: ${result.problems.length} problems`);
  return result.knowledge;
}

/**
 * Three runs over the questions, each on a freshly built knowledge base, so that every wording is
 * seen for the first time (the typo corrector's cache starts empty), hybrid and lexical taking
 * turns question by question so that the machine's noise falls on both alike.
 */
async function latency(kb: KnowledgeBase, questions: readonly string[], cacheFile: string): Promise<LatencyRow[]> {
  const runs = { hybrid: [] as { p50: number; p95: number }[], lexical: [] as { p50: number; p95: number }[] };
  for (let run = 0; run < 3; run++) {
    const engine = sharedSemanticEngine({
      matcher: 'hybrid',
      modelDir: path.join(ROOT, 'models'),
      threads: 1,
      cacheFile,
    });
    const { loaded } = await attachSemantic(prepare(kb), engine);
    const lexical = prepare(kb).matcher;
    const times = { hybrid: [] as number[], lexical: [] as number[] };
    for (const q of questions) {
      for (const [name, matcher] of [
        ['hybrid', loaded.matcher],
        ['lexical', lexical],
      ] as const) {
        const start = performance.now();
        await matcher.ask(q);
        times[name].push(performance.now() - start);
      }
    }
    loaded.semantic?.release();
    runs.hybrid.push(percentiles(times.hybrid));
    runs.lexical.push(percentiles(times.lexical));
  }
  return (['hybrid', 'lexical'] as const).map((method) => ({
    entries: kb.entries.length,
    method,
    p50: spreadOf(runs[method].map((r) => r.p50)),
    p95: spreadOf(runs[method].map((r) => r.p95)),
  }));
}

/** The hybrid figures at the article and at each synthetic size, against the lexical matcher. */
export async function hybridFigures(
  article: KnowledgeBase,
  articleQuestions: readonly EvalQuestion[],
  sizes: readonly number[],
): Promise<HybridFigures> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'counterpoint-hybrid-'));
  const cacheFile = path.join(root, 'vectors.bin');
  try {
    const rows = [
      ...(await latency(
        article,
        articleQuestions.map((q) => q.question),
        cacheFile,
      )),
    ];
    const indexing: { entries: number; texts: number; firstMs: number; cachedMs: number }[] = [];
    for (const entries of sizes) {
      const dir = path.join(root, `kb-${entries}`);
      await writeSyntheticKnowledge(dir, { entries, sources: Math.max(1, Math.round(entries / 100)) });
      const kb = await load(dir);
      console.log(`  embedding ${entries} entries for the first time…`);
      const engine = sharedSemanticEngine({
        matcher: 'hybrid',
        modelDir: path.join(ROOT, 'models'),
        threads: 1,
        cacheFile,
      });
      const first = await attachSemantic(prepare(kb), engine);
      first.loaded.semantic?.release();
      const again = await attachSemantic(prepare(kb), engine);
      again.loaded.semantic?.release();
      indexing.push({
        entries,
        texts: first.report.embedded + first.report.cached,
        firstMs: first.report.ms,
        cachedMs: again.report.ms,
      });
      rows.push(
        ...(await latency(
          kb,
          syntheticQuestions(kb).map((q) => q.question),
          cacheFile,
        )),
      );
      console.log(`  ${entries} entries measured`);
    }
    return {
      latency: rows,
      indexing,
      nodeModulesMb: mb(path.join(ROOT, 'node_modules')),
      onnxRuntimeMb: mb(path.join(ROOT, 'node_modules', 'onnxruntime-node')),
    };
  } finally {
    await closeSharedEngine();
    await rm(root, { recursive: true, force: true });
  }
}
