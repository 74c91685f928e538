import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../runtime/worker-thread.ts';
import type { OffThreadQuestions, QuestionStore } from '../questions.ts';

/** A QuestionStore method, called on the writer's thread. */
export type WriterMethod = keyof QuestionStore;

/** What the answering thread asks the insights writer: a QuestionStore call, or to close. */
export type WriterRequest =
  | { readonly kind: 'call'; readonly id: number; readonly method: WriterMethod; readonly args: readonly unknown[] }
  | { readonly kind: 'close'; readonly id: number };

/** A failure as it crosses threads: an Error loses its `code` on the way, and the code names the cause. */
export interface WriterFailure {
  readonly message: string;
  readonly code: string | undefined;
}

/** What it answers, one reply per request. */
export type WriterReply =
  | { readonly kind: 'done'; readonly id: number; readonly value: unknown }
  | { readonly kind: 'closed'; readonly id: number }
  | { readonly kind: 'failed'; readonly id: number; readonly failure: WriterFailure };

/** What every request still waiting, or sent after, gets once the thread has stopped. */
const STOPPED: WriterFailure = { message: 'the insights writer stopped', code: undefined };
/** How long closing waits for the writes already sent before stopping the thread. */
const CLOSE_MS = 5_000;

/**
 * The answering thread's side of the insights writer (write-worker.ts): a QuestionStore whose
 * calls run on a worker thread with its own connection to DATA_DIR's SQLite file, one at a time
 * and in order, so that a summary counts every batch sent before it.
 */
export class SqliteQuestionWriter implements OffThreadQuestions {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, (reply: WriterReply) => void>();
  #next = 1;
  #alive = true;
  #closing = false;

  /** `stopped` hears of the thread stopping unasked (the answering thread then writes itself). */
  constructor(dataDir: string, stopped: (why: string) => void = () => {}) {
    this.#worker = startWorker(import.meta.url, 'write-worker', { dataDir });
    this.#worker.on('message', (reply: WriterReply) => {
      const settle = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      settle?.(reply);
    });
    let error = '';
    this.#worker.on('error', (e) => {
      error = `: ${e.message}`;
    });
    this.#worker.once('exit', (code) => {
      this.#alive = false;
      if (!this.#closing) {
        stopped(`the insights writer thread stopped (exit code ${code})${error}; the answering thread writes itself`);
      }
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

  record(...args: Parameters<QuestionStore['record']>): ReturnType<QuestionStore['record']> {
    return this.#call('record', args) as ReturnType<QuestionStore['record']>;
  }

  summary(...args: Parameters<QuestionStore['summary']>): ReturnType<QuestionStore['summary']> {
    return this.#call('summary', args) as ReturnType<QuestionStore['summary']>;
  }

  unanswered(...args: Parameters<QuestionStore['unanswered']>): ReturnType<QuestionStore['unanswered']> {
    return this.#call('unanswered', args) as ReturnType<QuestionStore['unanswered']>;
  }

  purgeBefore(...args: Parameters<QuestionStore['purgeBefore']>): ReturnType<QuestionStore['purgeBefore']> {
    return this.#call('purgeBefore', args) as ReturnType<QuestionStore['purgeBefore']>;
  }

  purgeGuild(...args: Parameters<QuestionStore['purgeGuild']>): ReturnType<QuestionStore['purgeGuild']> {
    return this.#call('purgeGuild', args) as ReturnType<QuestionStore['purgeGuild']>;
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

  /** The call's result; a failure, the database's or the thread's, thrown as an error with its code. */
  async #call(method: WriterMethod, args: readonly unknown[]): Promise<unknown> {
    const reply = await this.#request({ kind: 'call', id: this.#next++, method, args });
    if (reply.kind === 'failed') throw Object.assign(new Error(reply.failure.message), { code: reply.failure.code });
    if (reply.kind !== 'done') throw new Error(`the insights writer answered ${reply.kind}`);
    return reply.value;
  }

  #request(request: WriterRequest): Promise<WriterReply> {
    if (!this.#alive) return Promise.resolve({ kind: 'failed', id: request.id, failure: STOPPED });
    const reply = new Promise<WriterReply>((resolve) => this.#waiting.set(request.id, resolve));
    if (this.#waiting.size === 1) this.#worker.ref();
    void reply.then(() => {
      if (this.#waiting.size === 0) this.#worker.unref();
    });
    this.#worker.postMessage(request);
    return reply;
  }
}
