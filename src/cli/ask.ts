import { withoutControls } from '../replies/echo.ts';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { problemList } from '../knowledge/summary.ts';
import { loadPrepared } from '../reload/knowledge-cache.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import { answer } from '../answer/answer.ts';
import { toClaimsJson, toPickedJson, toReadingJson } from '../replies/match-json.ts';
import { renderText } from '../replies/text-render.ts';
import { oneLine, readingText } from './ask-text.ts';
import { knowledgeDirFrom, runCli, UsageError } from './cli-support.ts';
import { withMatcher } from './open-matcher.ts';

const USAGE = [
  'usage: npm run ask -- "your question" [--json] [--knowledge DIR] [--matcher hybrid|lexical]',
  '       npm run ask -- --claims "a whole message" [--knowledge DIR]   (JSON: the claims it makes)',
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
    options: {
      json: { type: 'boolean' },
      batch: { type: 'string' },
      claims: { type: 'string' },
      knowledge: { type: 'string' },
      matcher: { type: 'string' },
    },
  });
  if (values.batch !== undefined && positionals.length > 0)
    throw new UsageError('give either a question or --batch, not both');
  if (values.claims !== undefined && (positionals.length > 0 || values.batch !== undefined))
    throw new UsageError('give --claims alone, with the message');
  if (values.claims?.trim() === '') throw new UsageError('the message is empty');
  const questions = values.batch !== undefined ? await readQuestions(values.batch) : [positionals.join(' ')];
  if (values.batch === undefined && values.claims === undefined && questions[0]?.trim() === '')
    throw new UsageError('the question is empty');
  const dir = knowledgeDirFrom(values.knowledge);
  const prepared = await loadPrepared(dir);
  if (!prepared.ok) {
    console.error(problemList(dir, prepared.problems));
    return 1;
  }
  const { loaded, done } = await withMatcher(prepared.loaded, values.matcher);
  try {
    return await answerAll(loaded, questions, values);
  } finally {
    await done();
  }
});

interface AskOptions {
  readonly json?: boolean | undefined;
  readonly batch?: string | undefined;
  readonly claims?: string | undefined;
}

async function answerAll(loaded: LoadedKnowledge, questions: readonly string[], values: AskOptions): Promise<number> {
  const { matcher, knowledge } = loaded;
  if (values.claims !== undefined) {
    console.log(JSON.stringify(toClaimsJson(await matcher.claims(values.claims))));
    return 0;
  }
  // Lines are written in blocks: one write per answer to a pipe costs more than the answer itself.
  let block: string[] = [];
  const flush = () => {
    if (block.length > 0) process.stdout.write(`${block.join('\n')}\n`);
    block = [];
  };
  for (const question of questions) {
    // The same answer every surface gives: chat, about and topic questions, the asker's side.
    const found = await answer(question, { loaded, visibility: 'public' });
    const { reading } = found;
    const picked = reading ? undefined : knowledge.entryById.get(found.picks[0] ?? '');
    if (values.json)
      block.push(
        JSON.stringify(reading ? toReadingJson(reading, matcher.mode) : picked && toPickedJson(picked, matcher.mode)),
      );
    else if (!reading)
      block.push(
        values.batch !== undefined
          ? `${withoutControls(question)}\t=> picked: ${found.picks[0]}`
          : renderText(found.reply),
      );
    else block.push(values.batch !== undefined ? oneLine(reading) : readingText(knowledge, reading, found.reply));
    if (block.length >= 500) flush();
  }
  flush();
  return 0;
}
