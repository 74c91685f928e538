import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../knowledge/load-knowledge.ts';
import { formatProblem } from '../knowledge/summary.ts';
import { toMatchJson } from '../replies/match-json.ts';
import { createMatcher } from '../search/matcher.ts';
import { askText } from './ask-text.ts';
import { knowledgeDirFrom, runCli, UsageError } from './cli-support.ts';

const USAGE = [
  'usage: npm run ask -- "your question" [--json] [--knowledge DIR]',
  '       npm run ask -- --batch FILE|- [--json] [--knowledge DIR]   (one question per line)',
].join('\n');

async function readQuestions(batch: string): Promise<string[]> {
  try {
    const text = batch === '-' ? await new Response(process.stdin).text() : await readFile(batch, 'utf8');
    return text.split(/\r?\n/).filter((line) => line.trim() !== '');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`cannot read the batch file ${batch} (${code})`);
  }
}

// `npm run ask`: the matcher from the command line, for people (text) and tools (--json).
await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean' }, batch: { type: 'string' }, knowledge: { type: 'string' } },
  });
  if (values.batch !== undefined && positionals.length > 0) throw new UsageError('give either a question or --batch, not both');
  const questions = values.batch !== undefined ? await readQuestions(values.batch) : [positionals.join(' ')];
  if (values.batch === undefined && questions[0]?.trim() === '') throw new UsageError('the question is empty');
  const loaded = await loadKnowledge(knowledgeDirFrom(values.knowledge));
  if (!loaded.ok) {
    console.error(`The knowledge directory has ${loaded.problems.length} problem(s); run npm run kb:check for details:`);
    for (const problem of loaded.problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  }
  const matcher = createMatcher(loaded.knowledge);
  for (const question of questions) {
    const result = matcher.ask(question);
    if (values.json) console.log(JSON.stringify(toMatchJson(result)));
    else if (values.batch !== undefined) console.log(oneLine(result));
    else console.log(askText(loaded.knowledge, result));
  }
  return 0;
});

function oneLine(result: ReturnType<ReturnType<typeof createMatcher>['ask']>): string {
  const [best] = result.candidates;
  if (result.answered && best) return `${result.question}\t=> ${best.entry.id} (${best.score.toFixed(2)}): ${best.entry.claim}`;
  return `${result.question}\t=> not answered; closest: ${result.candidates.map((c) => c.entry.id).join(', ') || 'none'}`;
}
