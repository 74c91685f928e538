import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { runCondition, type Condition, type LoadRun } from './load.ts';
import { LOAD_HEADING, loadSection, withLoadSection, type LoadMeta } from './load-report.ts';

const RESULTS = path.join(import.meta.dirname, 'RESULTS.md');
/** Runs per condition (BENCH_LOAD_RUNS, 3 by default: about a minute in all, most of it the locked runs). */
const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 3);

/** Both conditions, `runs` times each, alternating so that a noisy minute falls on both alike. */
export async function loadRuns(
  kb: KnowledgeBase,
  knowledgeDir: string,
  questions: readonly string[],
  runs = RUNS,
): Promise<LoadRun[]> {
  const done: LoadRun[] = [];
  for (let i = 0; i < runs; i++) {
    for (const condition of ['free', 'locked'] as const satisfies readonly Condition[]) {
      console.log(`load: ${condition}, run ${i + 1} of ${runs}…`);
      done.push(await runCondition(condition, kb, knowledgeDir, questions));
    }
  }
  return done;
}

/**
 * The load section for RESULTS.md; a failed run (a lock holder that would not start, say) is reported
 * in the section rather than losing the rest of the bench.
 */
export async function loadSectionOrFailure(
  kb: KnowledgeBase,
  knowledgeDir: string,
  questions: readonly string[],
  meta: LoadMeta,
): Promise<string[]> {
  try {
    return loadSection(await loadRuns(kb, knowledgeDir, questions), meta);
  } catch (error) {
    console.error(error);
    return [LOAD_HEADING, '', `The load run failed on ${meta.date}: ${String(error)}.`, ''];
  }
}

/** `npm run bench -- load`: the load runs alone, their section replaced in RESULTS.md, the rest kept. */
export async function updateLoadSection(
  kb: KnowledgeBase,
  knowledgeDir: string,
  questions: readonly string[],
  meta: LoadMeta,
): Promise<void> {
  const section = await loadSectionOrFailure(kb, knowledgeDir, questions, meta);
  await writeFile(RESULTS, withLoadSection(await readFile(RESULTS, 'utf8'), section));
  console.log(section.join('\n'));
}
