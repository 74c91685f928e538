// Commands run to their end and timed, for the process figures: the ask, npm's own start-up, and
// `ask --batch` throughput.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, UNSET_CONFIG } from '../tests/support/run-cli.ts';
import { spreadOf, type Spread } from './measure.ts';

/**
 * Every figure of ProcessFigures (process.ts) is of the lexical matcher (MATCHER=lexical), comparable
 * with earlier sessions'; the hybrid one's start and memory are measured beside it.
 */
export const LEXICAL: NodeJS.ProcessEnv = { MATCHER: 'lexical' };

/** Runs a command to its end; its wall time in milliseconds. */
export function timed(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...UNSET_CONFIG, ...env },
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - start));
  });
}

/** Three runs one after the other: their median and range. */
export async function three(run: () => Promise<number>): Promise<Spread> {
  const values: number[] = [];
  for (let i = 0; i < 3; i++) values.push(await run());
  return spreadOf(values);
}

/**
 * `ask --batch` throughput: questions per second once started (the start-up subtracted). The
 * start-up, which loads the knowledge base, varies by a few hundred milliseconds between runs here;
 * 25,000 questions take several seconds to answer, so that noise moves the figure by a few percent
 * (with 5,000 it moved it by a quarter: 2,811 to 4,381 q/s at 10,000 entries on the same code).
 */
export async function batchQps(scaleDir: string | undefined): Promise<{ label: string; qps: number }[]> {
  const questions =
    readFileSync(path.join(ROOT, 'tests', 'eval', 'questions.yaml'), 'utf8')
      .match(/^- q: (.+)$/gm)
      ?.map((l) => l.slice(5).replace(/^["']|["']$/g, '')) ?? [];
  const results: { label: string; qps: number }[] = [];
  const targets: [string, string[]][] = [
    ['the article', []],
    ...(scaleDir ? [['10,000 entries', ['--knowledge', scaleDir]] as [string, string[]]] : []),
  ];
  for (const [label, extra] of targets) {
    // tmp/ is git-ignored: a fresh clone has none.
    await mkdir(path.join(ROOT, 'tmp'), { recursive: true });
    const many = path.join(ROOT, 'tmp', 'bench-batch.txt');
    const one = path.join(ROOT, 'tmp', 'bench-one.txt');
    const n = 25_000;
    await writeFile(many, Array.from({ length: n }, (_, i) => questions[i % questions.length]).join('\n'));
    await writeFile(one, `${questions[0]}\n`);
    await timed('node', ['scripts/run.mjs', 'ask', '--batch', one, ...extra], LEXICAL); // fills the knowledge cache
    const tOne = (await three(() => timed('node', ['scripts/run.mjs', 'ask', '--batch', one, ...extra], LEXICAL)))
      .median;
    const tMany = (await three(() => timed('node', ['scripts/run.mjs', 'ask', '--batch', many, ...extra], LEXICAL)))
      .median;
    results.push({ label, qps: (n - 1) / ((tMany - tOne) / 1000) });
  }
  return results;
}
