import { startStandInDiscord } from '../tests/support/stand-in-discord.ts';
import { chatInput } from '../tests/support/interactions.ts';
import { BOT_NODE_FLAGS } from '../src/config/node-flags.ts';
import { hybridStart, rssMb, startBot } from './bot-starts.ts';
import { batchQps, LEXICAL, three, timed } from './command-timing.ts';
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
