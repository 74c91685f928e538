import type { StoreLog } from './availability.ts';
import { storeFailure } from './store-errors.ts';

/**
 * What the write queue says in the log: a delay once when it starts and once when it ends (with
 * how long and how many were waiting), every write lost with a running count, never a line per
 * retry or per write.
 */
export class QueueLog {
  #delayedBy: string | undefined;
  #delayedSince = 0;
  #lost = 0;
  #dropping = false;

  constructor(private readonly log: StoreLog) {}

  get lost(): number {
    return this.#lost;
  }

  get delayedBy(): string | undefined {
    return this.#delayedBy;
  }

  /** A write went through: ends a delay, and a spell of dropping. */
  written(): void {
    if (this.#delayedBy !== undefined) {
      const seconds = Math.round((Date.now() - this.#delayedSince) / 100) / 10;
      this.log.info({ seconds }, `database writes resumed after ${seconds} s; nothing waiting was lost`);
    }
    this.#delayedBy = undefined;
    this.#dropping = false;
  }

  /** The database refused a write that will be tried again. */
  delay(reason: string, waiting: number): void {
    if (this.#delayedBy === undefined) {
      this.#delayedSince = Date.now();
      this.log.warn({ reason, waiting }, `database writes delayed: ${reason}; retrying, answers are not held up`);
    }
    this.#delayedBy = reason;
  }

  /** A write refused at the door; logged at the first of a spell, counted always. */
  drop(why: string): { ok: false; why: string } {
    this.#lost++;
    if (!this.#dropping) this.log.warn({ why, lost: this.#lost }, `database writes dropped (${why}); each is counted`);
    this.#dropping = true;
    return { ok: false, why };
  }

  /** A write the database can never take (a bug): logged, counted, given up. */
  gaveUp(error: unknown): { ok: false; why: string } {
    this.#lost++;
    const why = storeFailure(error);
    this.log.warn({ reason: why, lost: this.#lost }, `a database write failed for good and was dropped: ${why}`);
    return { ok: false, why };
  }

  /** Writes still waiting when the deadline to close passed. */
  leftAtClose(count: number, deadlineMs: number): void {
    if (count === 0) return;
    this.#lost += count;
    this.log.warn(
      { lost: count, reason: this.#delayedBy, deadlineMs },
      `${count} database write${count === 1 ? '' : 's'} could not be made before shutdown ` +
        `(${this.#delayedBy ?? 'too slow'}) and ${count === 1 ? 'was' : 'were'} lost`,
    );
  }
}
