import { parseArgs } from 'node:util';
import {
  FRESH_BATCH_3_FILE,
  FRESH_BATCH_4_FILE,
  FRESH_BATCH_5_FILE,
  FRESH_BATCH_FILE,
  loadEvalSet,
  loadRealPhrasings,
  type EvalQuestion,
} from '../evaluation/eval-set.ts';
import { evaluate, type EvalReport } from '../evaluation/evaluate.ts';
import { EVAL_FLOORS, meets, meetsFloors, REAL_PHRASING_TARGETS } from '../evaluation/floors.ts';
import { loadKnowledge } from '../knowledge/load-knowledge.ts';
import { problemList } from '../knowledge/summary.ts';
import { prepare } from '../reload/knowledge-store.ts';
import { knowledgeDirFrom, runCli } from './cli-support.ts';
import { withMatcher } from './open-matcher.ts';
import { sideLines, sideReport } from '../evaluation/side-report.ts';

const USAGE = 'usage: npm run eval -- [--knowledge DIR] [--json] [--matcher hybrid|lexical] [--show-held-out]';
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const line = (name: string, r: EvalReport) =>
  `  ${name.padEnd(10)} ${String(r.onTopic).padStart(3)} on / ${String(r.offTopic).padStart(2)} off   ` +
  `top-1 ${pct(r.top1).padStart(6)}  top-3 ${pct(r.top3).padStart(6)}  MRR ${r.mrr.toFixed(3)}  answered ` +
  `right ${pct(r.answeredCorrectly).padStart(6)}  answered ${pct(r.answered).padStart(6)}  ` +
  `refused ${pct(r.refused).padStart(6)}  wrong cards ${String(r.wrongCards).padStart(3)}`;

// `npm run eval`: the matcher against both evaluation sets, each whole and by half, every miss of
// the tuning halves listed. The held-out halves' misses are listed only with --show-held-out:
// reading them is how a held-out half quietly becomes a tuned one.
await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      knowledge: { type: 'string' },
      json: { type: 'boolean' },
      matcher: { type: 'string' },
      'show-held-out': { type: 'boolean' },
    },
  });
  const dir = knowledgeDirFrom(values.knowledge);
  const loaded = await loadKnowledge(dir);
  if (!loaded.ok) {
    console.error(problemList(dir, loaded.problems));
    return 1;
  }
  const { loaded: read, done } = await withMatcher(prepare(loaded.knowledge), values.matcher);
  const fresh = await loadRealPhrasings(loaded.knowledge, FRESH_BATCH_FILE);
  const sets = {
    questions: await loadEvalSet(),
    'real-phrasings': await loadRealPhrasings(loaded.knowledge),
    'fresh-batch': fresh,
    'fresh-batch-3': await loadRealPhrasings(loaded.knowledge, FRESH_BATCH_3_FILE),
    'fresh-batch-4': await loadRealPhrasings(loaded.knowledge, FRESH_BATCH_4_FILE),
    'fresh-batch-5': await loadRealPhrasings(loaded.knowledge, FRESH_BATCH_5_FILE),
  };
  // Every question is matched once, in order, before the figures are counted.
  const answers = new Map<string, { answered: boolean; ids: string[] }>();
  for (const q of Object.values(sets).flat()) {
    if (answers.has(q.question)) continue;
    const r = await read.matcher.ask(q.question);
    answers.set(q.question, { answered: r.answered, ids: r.candidates.map((c) => c.entry.id) });
  }
  // The side and the kind are read as every surface reads a message, before the model closes.
  const sides = await sideReport(read.matcher);
  await done();
  const rank = (q: string) => answers.get(q) ?? { answered: false, ids: [] };
  const reports = Object.fromEntries(Object.entries(sets).map(([name, set]) => [name, byHalf(set, rank)]));
  // Every fresh batch, whole: each is held to the targets as the real phrasings' halves are.
  const freshReports = Object.entries(reports).flatMap(([name, r]) => (name.startsWith('fresh-batch') ? [r.all] : []));
  if (values.json) {
    console.log(JSON.stringify({ ...reports, sides }));
  } else {
    console.log(`matcher: ${read.matcher.mode}`);
    for (const text of sideLines(sides)) console.log(text);
    for (const [name, r] of Object.entries(reports)) {
      console.log(`${name}:`);
      console.log(line('all', r.all));
      // The fresh batches are reported whole: nothing is tuned on any of them.
      if (name.startsWith('fresh-batch')) continue;
      console.log(line('tune half', r.tune));
      console.log(line('test half', r.test));
    }
    console.log(
      `floors (questions): top-1 ${pct(EVAL_FLOORS.top1)}, top-3 ${pct(EVAL_FLOORS.top3)}, ` +
        `MRR ${EVAL_FLOORS.mrr}, refused ${pct(EVAL_FLOORS.refused)}, answered ${pct(EVAL_FLOORS.answered)}`,
    );
    console.log(
      `targets (real-phrasings, each half): answered right ${pct(REAL_PHRASING_TARGETS.answeredCorrectly)}, ` +
        `top-3 ${pct(REAL_PHRASING_TARGETS.top3)}, refused ${pct(REAL_PHRASING_TARGETS.refused)}`,
    );
    for (const [name, r] of Object.entries(reports).filter(
      ([name]) => !name.startsWith('fresh-batch') || values['show-held-out'],
    )) {
      console.log(r.all.misses.length === 0 ? `${name} misses: none` : `${name} misses (${r.all.misses.length}):`);
      for (const half of values['show-held-out'] ? (['tune', 'test'] as const) : (['tune'] as const)) {
        for (const m of r[half].misses) {
          console.log(
            `  ${half} [${m.problem}] "${m.question}" expected ${m.expected.join('|') || 'none'}, ` +
              `got ${m.got.join(', ') || 'nothing'}${m.answered ? '' : ' (refused)'}`,
          );
        }
      }
    }
  }
  const q = reports.questions?.all;
  const real = reports['real-phrasings'];
  const floorsMet = q !== undefined && meetsFloors(q);
  const targetsMet =
    real !== undefined && [real.tune, real.test, ...freshReports].every((r) => meets(r, REAL_PHRASING_TARGETS));
  // The exit code is for scripts; a person is told why it is not 0 (the targets are not met today).
  if (!values.json && !(floorsMet && targetsMet))
    console.error(
      `eval: exit 1: ${floorsMet ? '' : 'questions.yaml is below its floors; '}` +
        `${targetsMet ? '' : 'the real-phrasing targets are not met on every half and fresh batch'} ` +
        '(see bench/NOTES.md; the test suite holds the floors, not the targets)',
    );
  return floorsMet && targetsMet ? 0 : 1;
});

function byHalf(set: readonly EvalQuestion[], rank: Parameters<typeof evaluate>[1]) {
  return {
    all: evaluate(set, rank),
    tune: evaluate(
      set.filter((q) => q.half === 'tune'),
      rank,
    ),
    test: evaluate(
      set.filter((q) => q.half === 'test'),
      rank,
    ),
  };
}
