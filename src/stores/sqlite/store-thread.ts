import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../runtime/worker-thread.ts';
import type { StoreSet } from '../store-set.ts';
import { DATABASE_FILE } from './database.ts';
import type { StoreName, ThreadFailure, ThreadMessage, ThreadRequest } from './thread-messages.ts';

/** What every request still waiting, or sent after, gets once the thread has stopped. */
const STOPPED: ThreadFailure = { message: 'the store thread stopped', code: undefined };
/** How long closing waits for the calls already sent before stopping the thread. */
const CLOSE_MS = 3_000;
/**
 * How long the thread's connection waits on another process's lock before a write fails: briefly,
 * since the write queue retries it, and reads queued behind a waiting write wait as long.
 */
const BUSY_MS = 250;

/**
 * Opening failures worth waiting out: another process holds the lock (the migrations need it). Any
 * other (not a database, no permission, DATA_DIR not a folder) is reported, and nothing is kept.
 */
const PASSING = /^SQLITE_(BUSY|LOCKED)/;

/**
 * The answering thread's side of the store thread (store-worker.ts): every store of DATA_DIR's
 * SQLite file, each call run on a worker thread, one at a time and in order. A thread that stops
 * unasked is started again at the next call; `warn` hears of it, and of the thread's warnings.
 */
export class SqliteStoreThread {
  #worker: Worker | undefined;
  readonly #waiting = new Map<number, (message: ThreadMessage) => void>();
  #next = 1;
  #closing = false;

  private constructor(
    private readonly dataDir: string,
    private readonly warn: (message: string) => void,
  ) {}

  /** The stores on their thread, or the reason the file cannot be opened (a damaged file, no permission). */
  static async open(
    dataDir: string,
    warn: (message: string) => void,
  ): Promise<{ stores: StoreSet } | { failure: Error }> {
    const thread = new SqliteStoreThread(dataDir, warn);
    const failure = await thread.#start();
    if (failure && !PASSING.test(failure.code ?? '')) {
      await thread.close();
      return { failure: thread.#failed(failure) };
    }
    return { stores: thread.stores() };
  }

  /** Every store, each method a call on the thread. */
  stores(): StoreSet {
    const remote = <N extends StoreName>(store: N) =>
      new Proxy({} as StoreSet[N], {
        get: (_target, method) =>
          // "then" too: a store is not a promise, and awaiting one must not call the thread.
          typeof method === 'string' && method !== 'then'
            ? (...args: unknown[]) => this.#call(store, method, args)
            : undefined,
      });
    return {
      questions: remote('questions'),
      votes: remote('votes'),
      settings: remote('settings'),
      audit: remote('audit'),
      close: () => this.close(),
    };
  }

  /** Finishes what was sent (at most CLOSE_MS), closes the connection and stops the thread. */
  async close(): Promise<void> {
    this.#closing = true;
    const worker = this.#worker;
    if (!worker) return;
    const timer = setTimeout(() => void worker.terminate(), CLOSE_MS);
    await this.#request({ kind: 'close', id: this.#next++ });
    clearTimeout(timer);
    await worker.terminate();
  }

  /** Starts the thread; resolves with how opening the file went. */
  #start(): Promise<ThreadFailure | undefined> {
    const worker = startWorker(import.meta.url, 'store-worker', { dataDir: this.dataDir, busyMs: BUSY_MS });
    this.#worker = worker;
    const opened = new Promise<ThreadFailure | undefined>((resolve) => {
      worker.on('message', (message: ThreadMessage) => {
        if (message.kind === 'opened') return resolve(message.failure);
        if (message.kind === 'warning') return this.warn(message.message);
        const settle = this.#waiting.get(message.id);
        this.#waiting.delete(message.id);
        settle?.(message);
      });
      worker.once('exit', (code) => {
        resolve(STOPPED);
        if (this.#worker === worker) this.#worker = undefined;
        if (!this.#closing) this.warn(`the store thread stopped (exit code ${code}); it is started again when needed`);
        for (const [id, settle] of this.#waiting) settle({ kind: 'failed', id, failure: STOPPED });
        this.#waiting.clear();
      });
    });
    worker.on('error', (error) => this.warn(`the store thread failed: ${error.message}`));
    // Idle, the thread must not keep the process alive; while it opens the file, or works on a
    // request, it does (else a process with nothing else to do would end while waiting for it).
    void opened.then(() => {
      if (this.#waiting.size === 0) worker.unref();
    });
    return opened;
  }

  /** The call's result; a failure, the database's or the thread's, thrown as an error with its code. */
  async #call(store: StoreName, method: string, args: readonly unknown[]): Promise<unknown> {
    if (!this.#worker && !this.#closing) void this.#start();
    const reply = await this.#request({ kind: 'call', id: this.#next++, store, method, args });
    if (reply.kind === 'failed') throw this.#failed(reply.failure);
    if (reply.kind !== 'done') throw new Error(`the store thread answered ${reply.kind}`);
    return reply.value;
  }

  /** A failure as an error with its code and the database file's path: what an admin must find. */
  #failed(failure: ThreadFailure): Error {
    return Object.assign(new Error(failure.message), {
      code: failure.code,
      file: path.resolve(this.dataDir, DATABASE_FILE),
    });
  }

  #request(request: ThreadRequest): Promise<ThreadMessage> {
    const worker = this.#worker;
    if (!worker) return Promise.resolve({ kind: 'failed', id: request.id, failure: STOPPED });
    const reply = new Promise<ThreadMessage>((resolve) => this.#waiting.set(request.id, resolve));
    if (this.#waiting.size === 1) worker.ref();
    void reply.then(() => {
      if (this.#waiting.size === 0) this.#worker?.unref();
    });
    worker.postMessage(request);
    return reply;
  }
}
