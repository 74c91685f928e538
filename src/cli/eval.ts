import { parseArgs } from 'node:util';
import { loadEvalSet } from '../evaluation/eval-set.ts';
import { EVAL_FLOORS, evaluate } from '../evaluation/evaluate.ts';
import { loadKnowledge } from '../knowledge/load-knowledge.ts';
import { problemList } from '../knowledge/summary.ts';
import { createMatcher } from '../search/matcher.ts';
import { knowledgeDirFrom, runCli } from './cli-support.ts';

const USAGE = 'usage: npm run eval -- [--knowledge DIR] [--json]';
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

// `npm run eval`: the matcher against tests/eval/questions.yaml, with every miss listed.
await runCli(USAGE, async () => {
  const { values } = parseArgs({ options: { knowledge: { type: 'string' }, json: { type: 'boolean' } } });
  const dir = knowledgeDirFrom(values.knowledge);
  const loaded = await loadKnowledge(dir);
  if (!loaded.ok) {
    console.error(problemList(dir, loaded.problems));
    return 1;
  }
  const matcher = createMatcher(loaded.knowledge);
  const report = evaluate(await loadEvalSet(), (q) => {
    const r = matcher.ask(q);
    return { answered: r.answered, ids: r.candidates.map((c) => c.entry.id) };
  });
  if (values.json) {
    console.log(JSON.stringify(report));
  } else {
    console.log(`questions: ${report.onTopic} on topic, ${report.offTopic} off topic`);
    console.log(`top-1 ${pct(report.top1)}  top-3 ${pct(report.top3)}  MRR ${report.mrr.toFixed(3)}`);
    console.log(`on-topic answered ${pct(report.answered)} (answered with the right entry ${pct(report.answeredCorrectly)})  off-topic refused ${pct(report.refused)}`);
    console.log(`floors: top-1 ${pct(EVAL_FLOORS.top1)}, top-3 ${pct(EVAL_FLOORS.top3)}, refused ${pct(EVAL_FLOORS.refused)}, answered ${pct(EVAL_FLOORS.answered)}`);
    console.log(report.misses.length === 0 ? 'misses: none' : `misses (${report.misses.length}):`);
    for (const m of report.misses) {
      console.log(`  [${m.problem}] "${m.question}" expected ${m.expected.join('|') || 'none'}, got ${m.got.join(', ') || 'nothing'}${m.answered ? '' : ' (refused)'}`);
    }
  }
  const meets = report.top1 >= EVAL_FLOORS.top1 && report.top3 >= EVAL_FLOORS.top3 && report.refused >= EVAL_FLOORS.refused && report.answered >= EVAL_FLOORS.answered;
  return meets ? 0 : 1;
});
