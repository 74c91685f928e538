import { withoutControls } from '../replies/echo.ts';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { problemList } from '../knowledge/summary.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { attributionFooter, sidedBody } from '../replies/answer-parts.ts';
import { notAddressedLine } from '../replies/not-answered-replies.ts';
import { referenceLine } from '../replies/reference.ts';
import { loadPrepared } from '../reload/knowledge-cache.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import type { MatchResult } from '../search/matcher.ts';
import { answer } from '../answer/answer.ts';
import { toClaimsJson, toPickedJson, toReadingJson } from '../replies/match-json.ts';
import type { Reading } from '../reading/reading.ts';
import type { Stance } from '../reading/stance.ts';
import type { Reply } from '../replies/view.ts';
import { renderText } from '../replies/text-render.ts';
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

/** A message as read, for a person: the answer as askText gives it, else the reply as text. */
function readingText(kb: KnowledgeBase, reading: Reading, reply: Reply): string {
  return reading.match ? askText(kb, reading.match, reading.stance) : renderText(reply);
}

function oneLine(reading: Reading): string {
  const result = reading.match;
  const picks = reading.picks.map((e) => e.id).join(', ') || '-';
  if (!result) return `${withoutControls(reading.text)}\t=> ${reading.kind}: ${picks}`;
  const [best] = result.candidates;
  // The question goes back to a terminal: no escape sequences from a batch file reach it.
  const question = withoutControls(result.question);
  if (result.answered && best)
    return `${question}\t=> ${best.entry.id} (${best.score.toFixed(2)}): ${best.entry.topic}`;
  if (result.verdict === 'out-of-scope') return `${question}\t=> not addressed: ${result.notAddressed.join('; ')}`;
  return `${question}\t=> not answered; closest: ${result.suggestions.map((c) => c.entry.id).join(', ') || 'none'}`;
}

/** The `ask` CLI's answer for a person: topic, claim, rebuttal, quote, reference, then the runner-ups. */
export function askText(kb: KnowledgeBase, result: MatchResult, stance: Stance = 'question'): string {
  const [best, ...rest] = result.candidates;
  const lines: string[] = [];
  const list = (candidates: typeof result.candidates, from: number) =>
    candidates.map(
      (c, i) =>
        `  ${i + from}. ${c.entry.topic}\n     [${c.entry.id}] ${referenceLine(kb, c.entry)} ` +
        `(score ${c.score.toFixed(2)})`,
    );
  if (result.verdict === 'other-language') {
    lines.push(
      `Not read: the question looks like ${result.language ?? 'another language'}; Counterpoint reads English ` +
        `only, and the article is in English.`,
    );
  } else if (result.verdict === 'out-of-scope') {
    lines.push(`Not addressed: ${notAddressedLine(kb, result.notAddressed)}`);
  } else if (result.answered && best) {
    const { entry } = best;
    const body = sidedBody(entry, stance).replace(/\*\*/g, '');
    lines.push(entry.topic, body, '', `  "${entry.quote}"`, '', referenceLine(kb, entry));
    for (const note of entry.notes) lines.push(`Editor's note (${note.date}): ${note.text} (${note.source})`);
    if (result.notAddressed.length > 0) lines.push(`Not in the article: ${notAddressedLine(kb, result.notAddressed)}`);
    lines.push(attributionFooter(kb.sourceById.get(entry.source)));
    if (result.close.length > 0) lines.push('', 'Close call: the next candidates score nearly as well.');
    if (rest.length > 0) lines.push('', 'Other candidates:', ...list(rest.slice(0, 2), 2));
  } else {
    lines.push('Not answered: the article does not clearly address this question.');
    if (result.suggestions.length > 0) lines.push('', 'Closest arguments:', ...list(result.suggestions, 1));
    else lines.push('Try other words, or browse the sections with /section in Discord (or the console).');
  }
  if (result.alsoRaises.length > 0) lines.push('', 'This message also raises:', ...list(result.alsoRaises, 1));
  return lines.join('\n');
}
