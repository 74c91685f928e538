import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { encodeControl } from '../src/replies/custom-id.ts';
import { ADMIN_PERMISSIONS, button, chatInput } from '../tests/support/interactions.ts';
import { holdDatabaseLock, type HeldLock } from './database-lock.ts';
import { startLoadBot, type LoadBot } from './load-bot.ts';
import type { Timeline } from './reply-clock.ts';

/** The load: this many /ask at once, with a /settings change and votes among them. */
export const ASKS = 200;
/** Positions in the burst after which the admin's /settings change and the votes are sent. */
export const SETTINGS_AFTER = 49;
export const VOTES_AFTER: readonly number[] = [99, 124, 149];
/** /ask sent, and answered, before the burst: start-up costs (JIT, first queries) are not the figures. */
export const WARM_UP = 20;
/** How long the other process holds the database. */
export const LOCK_MS = 10_000;
/** The most a condition may take, start to end: past it, what has not arrived counts as unanswered. */
export const CONDITION_TIMEOUT_MS = 60_000;

/** Whether another process holds the database during the burst. */
export type Condition = 'free' | 'locked';

/** What one run of one condition gave: every interaction's timeline, and what reached the database. */
export interface LoadRun {
  readonly condition: Condition;
  readonly asks: readonly Timeline[];
  readonly settings: Timeline | undefined;
  readonly votes: readonly Timeline[];
  /** Questions the insights report counts once the lock is gone (warm-up included), or why not. */
  readonly recorded: number | string;
  /** Whether the lock holder released as planned (locked condition only). */
  readonly lockReleased?: boolean;
  /** Lines the bot logged at warn or above. */
  readonly warnings: readonly string[];
}

const member = (i: number) => String(1_700_000_000_000_000_000n + BigInt(i));

/** Resolves when `done` holds or the deadline passes, whichever is first; true if `done` held. */
async function until(done: () => boolean, deadline: number): Promise<boolean> {
  while (!done()) {
    if (performance.now() >= deadline) return false;
    await sleep(10);
  }
  return true;
}

/** `work`, or `fallback` once the deadline has passed. */
const beforeDeadline = <T>(work: Promise<T>, deadline: number, fallback: T): Promise<T> =>
  Promise.race([work, sleep(Math.max(0, deadline - performance.now()), fallback, { ref: false })]);

/**
 * One run of a condition on a fresh DATA_DIR: the bot started, WARM_UP asks answered, then (locked)
 * another process takes the database and, once it holds it, ASKS /ask go out at once with the /settings
 * change and the votes among them. Bounded by CONDITION_TIMEOUT_MS; the temp dir and child are always removed.
 */
export async function runCondition(
  condition: Condition,
  kb: KnowledgeBase,
  knowledgeDir: string,
  questions: readonly string[],
): Promise<LoadRun> {
  const deadline = performance.now() + CONDITION_TIMEOUT_MS;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'counterpoint-load-'));
  let bot: LoadBot | undefined;
  let lock: HeldLock | undefined;
  try {
    bot = await startLoadBot(kb, knowledgeDir, dataDir);
    const { clock, gateway } = bot;
    const send = (raw: Record<string, unknown>, label: string) => {
      const timeline = clock.sent(String(raw.token), label);
      gateway.dispatch('INTERACTION_CREATE', raw);
      return timeline;
    };
    const ask = (i: number) =>
      send(
        chatInput('ask', [{ name: 'question', type: 3, value: questions[i % questions.length] }], {
          userId: member(i),
        }),
        'ask',
      );
    const warmUp = Array.from({ length: WARM_UP }, (_, i) => ask(ASKS + i));
    await until(() => warmUp.every((t) => t.finalMs !== undefined), deadline);
    if (condition === 'locked') lock = await holdDatabaseLock(dataDir, LOCK_MS);
    const asks: Timeline[] = [];
    const votes: Timeline[] = [];
    let settings: Timeline | undefined;
    const vote = encodeControl({ action: 'vote', id: kb.entries[0]?.id ?? '', helpful: true });
    for (let i = 0; i < ASKS; i++) {
      asks.push(ask(i));
      if (i === SETTINGS_AFTER) {
        const change = [{ name: 'answers', type: 3, value: 'public' }];
        settings = send(
          chatInput('settings', change, { userId: member(-1), permissions: ADMIN_PERMISSIONS }),
          'settings',
        );
      }
      if (VOTES_AFTER.includes(i)) votes.push(send(button(vote, { userId: member(-2 - i) }), 'vote'));
    }
    const all = [...asks, ...votes, ...(settings ? [settings] : [])];
    await until(() => all.every((t) => t.finalMs !== undefined), deadline);
    const lockReleased = lock ? await beforeDeadline(lock.released, deadline, false) : undefined;
    // Every write the queue held while the file was locked, written before counting.
    await beforeDeadline(bot.services.insights.flush(), deadline, undefined);
    const summary = await beforeDeadline(bot.services.insights.summary(1), deadline, undefined);
    const recorded = summary?.asked ?? bot.services.insights.unavailable ?? 'no summary before the deadline';
    return {
      condition,
      asks,
      settings,
      votes,
      recorded,
      ...(lockReleased === undefined ? {} : { lockReleased }),
      warnings: [...bot.warnings],
    };
  } finally {
    lock?.stop();
    if (bot) await beforeDeadline(bot.stop(), performance.now() + 15_000, undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}
