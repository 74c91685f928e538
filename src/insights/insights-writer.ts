import type { Worker } from 'node:worker_threads';
import { startWorker } from '../runtime/worker-thread.ts';
import type { InsightsStore, InsightsSummary, OffThreadStore, QuestionEvent } from './types.ts';

/** What the answering thread asks the insights writer. */
export type WriterRequest =
  | { readonly kind: 'questions'; readonly id: number; readonly events: readonly QuestionEvent[] }
  | { readonly kind: 'summary'; readonly id: number; readonly options: Parameters<InsightsStore['summary']>[0] }
  | { readonly kind: 'purge'; readonly id: number; readonly before: number }
  | { readonly kind: 'close'; readonly id: number };

/** What it answers, one reply per request. */
export type WriterReply =
  | { readonly kind: 'written' | 'closed'; readonly id: number }
  | { readonly kind: 'summary'; readonly id: number; readonly summary: InsightsSummary }
  | { readonly kind: 'purged'; readonly id: number; readonly deleted: number }
  | { readonly kind: 'failed'; readonly id: number; readonly failure: { readonly message: string; readonly code: string | undefined } };

/** What every request still waiting, or sent after, gets once the thread has stopped. */
const STOPPED = { message: 'the insights writer stopped', code: undefined };
/** How long closing waits for the writes already sent before stopping the thread. */
const CLOSE_MS = 5_000;

/**
 * The answering thread's side of the insights writer (write-worker.ts): batches of questions and
 * summaries go to a worker thread with its own connection. Each write's outcome is reported to
 * `report` (undefined: it worked), so that a failing database is logged once, as before.
 */
export class InsightsWriter implements OffThreadStore {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, (reply: WriterReply) => void>();
  #next = 1;
  #alive = true;
  #closing = false;

  /** `stopped` hears of the thread stopping unasked (the answering thread then writes itself). */
  constructor(dataDir: string, private readonly report: (failure: unknown) => void, stopped: (why: string) => void = () => {}) {
    this.#worker = startWorker(import.meta.url, 'write-worker', { dataDir });
    this.#worker.on('message', (reply: WriterReply) => {
      const settle = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      settle?.(reply);
    });
    let error = '';
    this.#worker.on('error', (e) => { error = `: ${e.message}`; });
    this.#worker.once('exit', (code) => {
      this.#alive = false;
      if (!this.#closing) stopped(`the insights writer thread stopped (exit code ${code})${error}; the answering thread writes itself`);
      for (const [id, settle] of this.#waiting) settle({ kind: 'failed', id, failure: STOPPED });
      this.#waiting.clear();
    });
    // Idle, the thread must not keep the process alive; while it works on a request, it does.
    this.#worker.unref();
  }

  /** Whether the thread is running: when it is not, the caller writes itself. */
  get alive(): boolean {
    return this.#alive;
  }

  /** Sends a batch to be written; its outcome goes to `report`. */
  write(events: readonly QuestionEvent[]): void {
    this.#call({ kind: 'questions', id: this.#next++, events }).then(() => this.report(undefined), (failure: unknown) => this.report(failure));
  }

  /** The summary, after every question sent before it is written; throws what the database threw. */
  async summary(options: Parameters<InsightsStore['summary']>[0]): Promise<InsightsSummary> {
    const reply = await this.#call({ kind: 'summary', id: this.#next++, options });
    if (reply.kind !== 'summary') throw new Error(`the insights writer answered ${reply.kind}`);
    return reply.summary;
  }

  /** Deletes what is older than `before` (ms); the number of questions deleted. */
  async purgeBefore(before: number): Promise<number> {
    const reply = await this.#call({ kind: 'purge', id: this.#next++, before });
    if (reply.kind !== 'purged') throw new Error(`the insights writer answered ${reply.kind}`);
    return reply.deleted;
  }

  /** Writes what was sent, closes the thread's connection and stops it (at most CLOSE_MS). */
  async close(): Promise<void> {
    if (!this.#alive) return;
    this.#closing = true;
    const timer = setTimeout(() => void this.#worker.terminate(), CLOSE_MS);
    await this.#request({ kind: 'close', id: this.#next++ });
    clearTimeout(timer);
    await this.#worker.terminate();
  }

  /** The reply to a request; a failure, the database's or the thread's, thrown as an error with its code. */
  async #call(request: WriterRequest): Promise<WriterReply> {
    const reply = await this.#request(request);
    if (reply.kind === 'failed') throw failureOf(reply.failure);
    return reply;
  }

  #request(request: WriterRequest): Promise<WriterReply> {
    if (!this.#alive) return Promise.resolve({ kind: 'failed', id: request.id, failure: STOPPED });
    const reply = new Promise<WriterReply>((resolve) => this.#waiting.set(request.id, resolve));
    if (this.#waiting.size === 1) this.#worker.ref();
    void reply.then(() => { if (this.#waiting.size === 0) this.#worker.unref(); });
    this.#worker.postMessage(request);
    return reply;
  }
}

/** The failure as an error with its SQLite code, which names the cause (store-errors.ts). */
function failureOf(failure: { readonly message: string; readonly code: string | undefined }): Error {
  return Object.assign(new Error(failure.message), { code: failure.code });
}
