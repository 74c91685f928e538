// The bot started as a process against stand-ins for Discord: its time to ready and its memory, with
// either matcher.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { FakeDiscordRest } from '../tests/support/fake-discord-rest.ts';
import { ROOT, UNSET_CONFIG } from '../tests/support/run-cli.ts';
import { BOT_NODE_FLAGS } from '../src/config/node-flags.ts';
import { LEXICAL, three, timed } from './command-timing.ts';
import { spreadOf } from './measure.ts';
import type { ProcessFigures } from './process.ts';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.benchmark-token-value';
/** A process's resident set size (MB), from /proc. */
export const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** Starts the bot against stand-ins on 127.0.0.1; resolves at "ready" with its pid and the time taken. */
export function startBot(
  command: string,
  args: readonly string[],
  rest: FakeDiscordRest,
  env: NodeJS.ProcessEnv = LEXICAL,
) {
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

/** Three starts with the hybrid matcher (the vector cache already filled by the warm-up ask). */
export async function hybridStart(rest: FakeDiscordRest): Promise<ProcessFigures['hybrid']> {
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
