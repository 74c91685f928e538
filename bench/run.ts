import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadEvalSet, loadRealPhrasings } from '../src/evaluation/eval-set.ts';
import { loadKnowledge } from '../src/knowledge/load-knowledge.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { stopLoadingWorker } from '../src/reload/reloader-options.ts';
import { articleFigures } from './article-figures.ts';
import { spreadOf } from './measure.ts';
import { insightsFigures } from './insights.ts';
import { storeComparison, storesLine, storesSection } from './stores.ts';
import { syncFigures, syncLine, syncSection } from './sync.ts';
import { processFigures } from './process.ts';
import { report } from './report.ts';
import { scaleRows } from './scale.ts';
import { hybridFigures } from './hybrid.ts';
import { hybridSection } from './hybrid-report.ts';
import { loadSectionOf } from './load-report.ts';
import { loadSectionOrFailure, updateLoadSection } from './load-run.ts';
import { autocompleteRows, autocompleteSection, updateAutocompleteSection } from './autocomplete.ts';

// `npm run bench`: speed, memory and accuracy of the matcher beside fair baselines, at the
// article and at 1,000 to 50,000 entries, plus process figures and the load run (200 /ask through
// discord.js, the database free and locked by another process); writes bench/RESULTS.md.
// `npm run bench -- load`: the load run alone (about a minute), its section replaced in RESULTS.md.
// `npm run bench -- autocomplete`: autocomplete at each size alone, its section replaced likewise.
// BENCH_LOAD=off leaves the load run out of the full bench.
const ARTICLE = path.join(import.meta.dirname, '..', 'knowledge');
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000,50000').split(',').map(Number);
const ONLY_LOAD = process.argv.slice(2).includes('load');
const ONLY_AUTOCOMPLETE = process.argv.slice(2).includes('autocomplete');
const WITH_LOAD = process.env.BENCH_LOAD !== 'off';
const MACHINE =
  `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ` +
  `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`;
const TODAY = new Date().toISOString().slice(0, 10);

async function load(dir: string): Promise<KnowledgeBase> {
  const result = await loadKnowledge(dir);
  if (!result.ok) throw new Error(`${dir}: ${result.problems.length} problems`);
  return result.knowledge;
}

if (ONLY_AUTOCOMPLETE) {
  await updateAutocompleteSection(SIZES);
  process.exit(0);
}
const kb = await load(ARTICLE);
const questions = await loadEvalSet();
if (ONLY_LOAD) {
  await updateLoadSection(
    kb,
    ARTICLE,
    questions.map((q) => q.question),
    { date: TODAY, machine: MACHINE },
  );
  // Nothing else was started (no worker, no temp dir): the rest of this file is the full bench.
  process.exit(0);
}
const real = await loadRealPhrasings(kb);

console.log('the article…');
const { article, realRows, autocomplete, articleReloads } = await articleFigures(kb, questions, real, ARTICLE);

console.log('synthetic knowledge bases…');
const root = await mkdtemp(path.join(os.tmpdir(), 'counterpoint-bench-'));
try {
  const scale = await scaleRows(root, SIZES);
  console.log('autocomplete at scale…');
  const completing = await autocompleteRows(root, SIZES);
  console.log('processes…');
  const processes = await processFigures(SIZES.includes(10_000) ? path.join(root, 'kb-10000') : undefined);
  console.log('insights…');
  const insights = await insightsFigures(
    [...questions, ...real].map((q) => q.question),
    kb.entries.map((e) => e.id),
  );
  console.log('insights stores, SQLite and PostgreSQL…');
  const stores = await storeComparison(
    [...questions, ...real].map((q) => q.question),
    kb.entries.map((e) => e.id),
  );
  console.log(storesLine(stores));
  console.log('one knowledge version across hosts…');
  const sync = await syncFigures();
  console.log(syncLine(sync));
  console.log('hybrid matcher…');
  const hybrid = await hybridFigures(
    kb,
    [...questions, ...real],
    SIZES.filter((n) => n >= 10_000),
  );
  const markdown = report({
    machine: MACHINE,
    date: TODAY,
    entries: kb.entries.length,
    questions: questions.length,
    realCount: real.length,
    article,
    realRows,
    autocomplete,
    articleReload: spreadOf(articleReloads),
    scale,
    processes,
    insights,
  });
  console.log(WITH_LOAD ? 'load, the database free and locked…' : 'load: left out (BENCH_LOAD=off), kept as it was');
  const results = path.join(import.meta.dirname, 'RESULTS.md');
  const load = WITH_LOAD
    ? await loadSectionOrFailure(
        kb,
        ARTICLE,
        questions.map((q) => q.question),
        { date: TODAY, machine: MACHINE },
      )
    : loadSectionOf(await readFile(results, 'utf8'));
  const full = [
    markdown,
    autocompleteSection(completing).join('\n'),
    storesSection(stores).join('\n'),
    syncSection(sync).join('\n'),
    hybridSection(hybrid, processes).join('\n'),
    ...(load ? [load.join('\n')] : []),
  ]
    .map((part) => part.trimEnd())
    .join('\n\n');
  await writeFile(results, `${full}\n`);
  console.log(full);
} finally {
  await rm(root, { recursive: true, force: true });
  await stopLoadingWorker();
}
