import type { StoreLog } from './availability.ts';
import { errorCode, storeFailure } from './store-errors.ts';
import { QueueLog } from './queue-log.ts';

/** How a queued write ended: written (with what the store gave back), or not, and why. */
export type Written<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly why: string };

interface Job {
  run(): Promise<unknown>;
  settle(written: Written<unknown>): void;
  attempts: number;
}

/** Tuning: most writes waiting, and the pauses between tries of a write the database refused. */
export interface WriteQueueOptions {
  readonly max?: number;
  readonly backoffMs?: readonly number[];
}

/** Writes waiting at most: a database down for hours must not take the bot's memory with it. */
const MAX_WAITING = 10_000;
/** Pauses between tries: quick at first (a lock held for a moment), then every 5 s. */
const BACKOFF_MS = [100, 250, 500, 1_000, 2_000, 5_000];
/**
 * Codes that say the write itself is wrong (a bug), not the database's state: trying again cannot
 * help. SQLite's, and PostgreSQL's classes 22 (bad data), 23 (a constraint) and 42 (bad SQL), but
 * not 42501 (no permission: an operator's GRANT lets the retries through).
 */
const HOPELESS = /^SQLITE_(CONSTRAINT|MISMATCH|ERROR|RANGE|TOOBIG)|^(22|23|42(?!501))[0-9A-Z]{3}$/;
/** Tries of a write that failed for no database reason (a bug) before it is given up. */
const MAX_ATTEMPTS_WITHOUT_CODE = 3;

/**
 * Every write of the bot's stores, in order, one at a time: a locked, slow or missing database
 * delays writes, never a reply. A refused write is tried again with backoff and stays first in
 * line, so that writes land in the order they were made; the delay is logged once, and its end.
 * When MAX_WAITING writes wait, new ones are dropped and counted, never silently. Closing waits
 * for the queue to empty, up to a deadline, and logs and counts what could not be written.
 */
export class WriteQueue {
  readonly #jobs: Job[] = [];
  readonly #log: QueueLog;
  readonly #max: number;
  readonly #backoff: readonly number[];
  #running: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #closed = false;

  constructor(log: StoreLog, options: WriteQueueOptions = {}) {
    this.#log = new QueueLog(log);
    this.#max = options.max ?? MAX_WAITING;
    this.#backoff = options.backoffMs ?? BACKOFF_MS;
  }

  /** Writes waiting, the one being tried included. */
  get waiting(): number {
    return this.#jobs.length;
  }

  /** Whether a write added now would be queued (not closed, not full). */
  get accepting(): boolean {
    return !this.#closed && this.#jobs.length < this.#max;
  }

  /** Writes dropped (queue full) or given up (hopeless, or left at close) in this run. */
  get lost(): number {
    return this.#log.lost;
  }

  /** Why writes are being delayed now, if they are. */
  get delayed(): string | undefined {
    return this.#log.delayedBy;
  }

  /** Queues `run`; resolves once it is written, or with why it never will be. Never rejects. */
  add<T>(run: () => Promise<T>): Promise<Written<T>> {
    if (this.#closed) return Promise.resolve(this.#log.drop('the bot is shutting down'));
    if (this.#jobs.length >= this.#max) return Promise.resolve(this.#log.drop(`${this.#max} writes waiting`));
    return new Promise((settle) => {
      this.#jobs.push({ run, settle: settle as Job['settle'], attempts: 0 });
      this.#running ??= this.#drain().finally(() => (this.#running = undefined));
    });
  }

  /** Resolves once nothing waits (at once when nothing does): every write added before is settled. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  /**
   * Stops taking writes and waits for those queued, at most `deadlineMs`; what is left is given up,
   * logged and counted. Resolves with the number given up.
   */
  async close(deadlineMs: number): Promise<number> {
    this.#closed = true;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deadlineMs)));
    const outcome = await Promise.race([this.#running ?? Promise.resolve(), late]);
    clearTimeout(timer);
    if (outcome !== 'late') return 0;
    const left = this.#jobs.splice(0);
    this.#wake?.();
    for (const job of left) job.settle({ ok: false, why: 'not written before the bot stopped' });
    this.#log.leftAtClose(left.length, deadlineMs);
    return left.length;
  }

  async #drain(): Promise<void> {
    for (let job = this.#jobs[0]; job; job = this.#jobs[0]) {
      try {
        const value = await job.run();
        if (this.#jobs[0] === job) this.#jobs.shift();
        this.#log.written();
        job.settle({ ok: true, value });
      } catch (error) {
        job.attempts++;
        const code = errorCode(error) ?? '';
        if (HOPELESS.test(code) || (!code && job.attempts >= MAX_ATTEMPTS_WITHOUT_CODE)) {
          if (this.#jobs[0] === job) this.#jobs.shift();
          job.settle(this.#log.gaveUp(error));
          continue;
        }
        this.#log.delay(storeFailure(error), this.#jobs.length);
        await this.#pause(this.#backoff[Math.min(job.attempts, this.#backoff.length) - 1] ?? 1_000);
      }
    }
  }

  /** Waits `ms`, or less when closing gives up the queue. */
  #pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
