import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FakeDiscordRest } from '../tests/support/fake-discord-rest.ts';
import { startStandInDiscord } from '../tests/support/stand-in-discord.ts';
import { chatInput } from '../tests/support/interactions.ts';
import { ROOT, UNSET_CONFIG } from '../tests/support/run-cli.ts';
import { BOT_NODE_FLAGS } from '../src/config/node-flags.ts';
import { spreadOf, type Spread } from './measure.ts';
import { ReplyClock } from './reply-clock.ts';

/** How the programs behave as processes: start-up, memory, throughput. */
export interface ProcessFigures {
  readonly askOnceNpmMs: Spread;
  readonly askOnceNodeMs: Spread;
  readonly npmOverheadMs: Spread;
  readonly readyNodeMs: Spread;
  readonly readyNpmMs: number;
  readonly rssAtReadyMb: Spread;
  /** RSS once the last ask is answered, and 10 s later (what the collector gives back meanwhile). */
  readonly rssAtLastAnswerMb: number;
  readonly rssAfterAsksMb: number;
  /** From the first ask sent to the last one answered. */
  readonly asksAnsweredMs: number;
  /** Asks whose final reply reached the stand-in (all of them, unless some failed). */
  readonly asksAnswered: number;
  /** Asks the bot logged as failed ("interaction failed"): their final request may be an error reply. */
  readonly asksFailed: number;
  /** RSS at ready of the process that then answered the asks: growth is measured against its own start. */
  readonly rssAskerReadyMb: number;
  readonly asksSent: number;
  readonly batchQps: readonly { readonly label: string; readonly qps: number }[];
  /** The same start with the hybrid matcher (the default when the model is there): ready time and RSS. */
  readonly hybrid: { readonly readyNodeMs: Spread; readonly rssAtReadyMb: Spread; readonly askOnceNodeMs: Spread };
}

/**
 * Every figure above is of the lexical matcher (MATCHER=lexical), comparable with earlier sessions';
 * the hybrid one's start and memory are measured beside it.
 */
const LEXICAL: NodeJS.ProcessEnv = { MATCHER: 'lexical' };

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.benchmark-token-value';
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** Runs a command to its end; its wall time in milliseconds. */
function timed(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
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

async function three(run: () => Promise<number>): Promise<Spread> {
  const values: number[] = [];
  for (let i = 0; i < 3; i++) values.push(await run());
  return spreadOf(values);
}

/** Starts the bot against stand-ins on 127.0.0.1; resolves at "ready" with its pid and the time taken. */
function startBot(command: string, args: readonly string[], rest: FakeDiscordRest, env: NodeJS.ProcessEnv = LEXICAL) {
  const start = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      ...UNSET_CONFIG,
      ...env,
      DISCORD_TOKEN: TOKEN,
      DISCORD_REST_API: rest.api,
      ASK_COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<{ ms: number; pid: number }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`bot exited (${code}): ${output.slice(-500)}`)));
    const poll = setInterval(() => {
      const line = output.split('\n').find((l) => l.includes('"msg":"ready"'));
      if (line) {
        clearInterval(poll);
        // The bot's own pid from its log line: npm and a shell may stand between.
        resolve({ ms: performance.now() - start, pid: Number(JSON.parse(line).pid) });
      }
    }, 2);
  });
  return { child, ready, log: () => output };
}

/** Start-up, memory and throughput, each against loopback stand-ins for Discord. */
export async function processFigures(scaleDir: string | undefined): Promise<ProcessFigures> {
  const discord = await startStandInDiscord();
  const { gateway, rest } = discord;
  try {
    // Builds dist/ and the knowledge cache if stale.
    await timed('node', ['scripts/run.mjs', 'ask', 'warm up'], LEXICAL);
    const askOnceNpmMs = await three(() => timed('npm', ['run', '-s', 'ask', '--', 'was karabakh a colony'], LEXICAL));
    const askOnceNodeMs = await three(() =>
      timed('node', ['scripts/run.mjs', 'ask', 'was karabakh a colony'], LEXICAL),
    );
    const npmOverheadMs = await three(() => timed('npm', ['run', '-s', 'typecheck', '--', '--version']));
    const readies: number[] = [];
    const rss: number[] = [];
    let last: ReturnType<typeof startBot> | undefined;
    for (let i = 0; i < 3; i++) {
      gateway.sockets.length = 0;
      rest.requests.length = 0;
      last?.child.kill('SIGKILL');
      last = startBot('node', [...BOT_NODE_FLAGS, 'scripts/run.mjs', 'main'], rest);
      const { ms, pid } = await last.ready;
      readies.push(ms);
      await new Promise((resolve) => setTimeout(resolve, 200));
      rss.push(rssMb(pid));
    }
    // 5,000 asks to the last one, as fast as it answers.
    const asksSent = 5000;
    const before = rest.requests.length;
    const questions = [
      'was karabakh a colony?',
      'Turkey sent mercenaries',
      'who won the world cup',
      'chiragov v armenia',
      'ethnic clensing',
    ];
    // Each ask's final reply (the edit of its deferral, the follow-up of a private answer, or a reply
    // in one step), once per interaction: a request sent again after its connection closed counts once.
    const clock = new ReplyClock();
    const route = rest.override;
    rest.override = (request) => {
      clock.received(request);
      return route?.(request);
    };
    const asksStarted = performance.now();
    // In waves of 50, each answered before the next: a busy channel, not a flood of 5,000 at once.
    for (let i = 0; i < asksSent; i++) {
      const question = questions[i % questions.length] ?? '';
      const raw = chatInput('ask', [{ name: 'question', type: 3, value: question }]);
      clock.sent(String(raw.token), question);
      gateway.dispatch('INTERACTION_CREATE', raw);
      if (i % 50 === 49)
        while (rest.requests.length - before < i + 1) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    // Measured once every ask has its final reply, not only its acknowledgement: until then the
    // replies on their way are in memory too.
    // If some ask never gets one (an error path), the wait ends 5 s after the last request.
    const finals = () => clock.timelines.filter((t) => t.finalMs !== undefined).length;
    let seen = rest.requests.length;
    let quietSince = performance.now();
    while (finals() < asksSent && performance.now() - quietSince < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (rest.requests.length !== seen) [seen, quietSince] = [rest.requests.length, performance.now()];
    }
    const asksAnswered = finals();
    const asksFailed = (last?.log() ?? '').split('"msg":"interaction failed"').length - 1;
    const asksAnsweredMs = performance.now() - asksStarted;
    const rssAtLastAnswerMb = rssMb(last?.child.pid ?? 0);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const rssAfterAsksMb = rssMb(last?.child.pid ?? 0);
    last?.child.kill('SIGKILL');
    gateway.sockets.length = 0;
    rest.requests.length = 0;
    const npmBot = startBot('npm', ['start', '--silent'], rest);
    const readyNpmMs = (await npmBot.ready).ms;
    npmBot.child.kill('SIGKILL');
    process.kill((await npmBot.ready).pid, 'SIGKILL');
    const hybrid = await hybridStart(rest);
    return {
      hybrid,
      askOnceNpmMs,
      askOnceNodeMs,
      npmOverheadMs,
      readyNodeMs: spreadOf(readies),
      readyNpmMs,
      rssAtReadyMb: spreadOf(rss),
      rssAtLastAnswerMb,
      rssAfterAsksMb,
      asksAnsweredMs,
      asksAnswered,
      asksFailed,
      rssAskerReadyMb: rss.at(-1) ?? 0,
      asksSent,
      batchQps: await batchQps(scaleDir),
    };
  } finally {
    await discord.stop();
  }
}

/** Three starts with the hybrid matcher (the vector cache already filled by the warm-up ask). */
async function hybridStart(rest: FakeDiscordRest): Promise<ProcessFigures['hybrid']> {
  const hybrid = { MATCHER: 'hybrid' };
  await timed('node', ['scripts/run.mjs', 'ask', 'warm up'], hybrid);
  const askOnceNodeMs = await three(() => timed('node', ['scripts/run.mjs', 'ask', 'was karabakh a colony'], hybrid));
  const readies: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < 3; i++) {
    const bot = startBot('node', [...BOT_NODE_FLAGS, 'scripts/run.mjs', 'main'], rest, hybrid);
    const { ms, pid } = await bot.ready;
    readies.push(ms);
    await new Promise((resolve) => setTimeout(resolve, 200));
    rss.push(rssMb(pid));
    bot.child.kill('SIGKILL');
  }
  return { readyNodeMs: spreadOf(readies), rssAtReadyMb: spreadOf(rss), askOnceNodeMs };
}

/**
 * `ask --batch` throughput: questions per second once started (the start-up subtracted). The
 * start-up, which loads the knowledge base, varies by a few hundred milliseconds between runs here;
 * 25,000 questions take several seconds to answer, so that noise moves the figure by a few percent
 * (with 5,000 it moved it by a quarter: 2,811 to 4,381 q/s at 10,000 entries on the same code).
 */
async function batchQps(scaleDir: string | undefined): Promise<{ label: string; qps: number }[]> {
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
