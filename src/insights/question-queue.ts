import type { QuestionEvent } from '../stores/records.ts';

/**
 * How long recorded questions wait to be written together (ms), and most written at once: a batch
 * of 50 costs well under a millisecond to write, far less than one transaction per question
 * (bench/RESULTS.md), and is written on the store thread, not the answering one.
 */
const FLUSH_MS = 250;
export const FLUSH_AT = 50;

/**
 * Recorded questions waiting to be batched: handed to `write` (the write queue, which bounds
 * what waits) in batches, when FLUSH_AT have gathered or FLUSH_MS after the first, whichever comes
 * first, or when flushed.
 */
export class QuestionQueue {
  #waiting: QuestionEvent[] = [];
  #timer: NodeJS.Timeout | undefined;

  constructor(private readonly write: (batch: QuestionEvent[]) => void) {}

  push(event: QuestionEvent): void {
    this.#waiting.push(event);
    if (this.#waiting.length >= FLUSH_AT) setImmediate(() => this.flush());
    else this.#timer ??= setTimeout(() => this.flush(), FLUSH_MS).unref();
  }

  /** Hands the waiting questions to `write` now. */
  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#waiting;
    if (batch.length === 0) return;
    this.#waiting = [];
    this.write(batch);
  }
}
