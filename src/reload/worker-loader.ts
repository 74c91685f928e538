import type { Worker } from 'node:worker_threads';
import { buildKnowledge } from '../knowledge/build-knowledge.ts';
import type { Source } from '../knowledge/source-types.ts';
import type { Entry, Problem } from '../knowledge/types.ts';
import { restoreSearchIndex, type SearchSnapshot } from '../search/search-snapshot.ts';
import { TermTable } from '../search/term-table.ts';
import { prepare, type LoadedKnowledge } from './knowledge-store.ts';
import { withPassages, type LoadMessage, type LoadRequest } from './load-messages.ts';
import { startWorker } from '../runtime/worker-thread.ts';

/** The outcome of loading a knowledge directory in the worker. */
export type WorkerLoad =
  | { readonly ok: true; readonly loaded: LoadedKnowledge; readonly staged?: string | undefined }
  | { readonly ok: false; readonly reason: 'problems' | 'timeout' | 'error'; readonly problems: readonly Problem[] };

const problem = (message: string): Problem => ({ file: '.', line: 1, column: 1, message });

/**
 * Loads knowledge directories in a worker thread, so that reading, checking and indexing (seconds
 * at 10,000 entries) never hold up answers. The worker stays for the next load; one that overruns
 * its time is terminated — the work really stops — and the next load starts a fresh one.
 */
export class WorkerLoader {
  #worker: Worker | undefined;
  #nextId = 1;

  /** Loads `dir`; with `stageTo`, the worker also writes the files it read there as a last-good copy. */
  async load(dir: string, timeoutMs: number, stageTo?: string): Promise<WorkerLoad> {
    const worker = this.#spawn();
    const id = this.#nextId++;
    const parts = new Parts();
    let head: Extract<LoadMessage, { kind: 'head' }> | undefined;
    let settle: (outcome: WorkerLoad) => void = () => {};
    const settled = new Promise<WorkerLoad>((resolve) => {
      settle = resolve;
    });
    const failed = (message: string): WorkerLoad => ({ ok: false, reason: 'error', problems: [problem(message)] });
    const onExit = (code: number) => settle(failed(`the loading worker stopped (exit code ${code})`));
    const onMessage = (message: LoadMessage) => {
      if (message.id !== id) return;
      if (message.kind === 'problems') settle({ ok: false, reason: 'problems', problems: message.problems });
      else if (message.kind === 'failed') settle(failed(`reload failed: ${message.message}`));
      else if (message.kind === 'index') {
        if (!head) settle(failed('reload failed: the index came before the knowledge base'));
        else
          assemble(head, parts, message.snapshot, stageTo).then(settle, (error: unknown) =>
            settle(failed(`reload failed: ${String(error)}`)),
          );
      } else {
        if (message.kind === 'head') head = message;
        else if (message.kind === 'sources') for (const source of message.sources) parts.addSource(source);
        else for (const entry of message.entries) parts.addEntry(entry);
        // Ask for the next part after this one: the next arrives in a later poll, with whatever
        // interactions are waiting.
        setImmediate(() => worker.postMessage({ kind: 'next', id } satisfies LoadRequest));
      }
    };
    const timer = setTimeout(() => {
      settle({ ok: false, reason: 'timeout', problems: [] });
      void this.#stop(worker);
    }, timeoutMs);
    worker.on('message', onMessage).once('exit', onExit);
    worker.ref();
    worker.postMessage({ kind: 'load', id, dir, stageTo } satisfies LoadRequest);
    try {
      return await settled;
    } finally {
      clearTimeout(timer);
      worker.off('message', onMessage).off('exit', onExit);
      // Idle, the worker must not keep the process alive.
      if (this.#worker === worker) worker.unref();
    }
  }

  /** Whether a worker thread is running (none before the first load, or after one overran). */
  get alive(): boolean {
    return this.#worker !== undefined;
  }

  /** Stops the worker, if any. */
  async close(): Promise<void> {
    if (this.#worker) await this.#stop(this.#worker);
  }

  #spawn(): Worker {
    if (this.#worker) return this.#worker;
    const worker = startWorker(import.meta.url, 'load-worker');
    worker.on('error', () => {
      /* reported through 'exit' to whoever waits */
    });
    worker.once('exit', () => {
      if (this.#worker === worker) this.#worker = undefined;
    });
    this.#worker = worker;
    return worker;
  }

  async #stop(worker: Worker): Promise<void> {
    if (this.#worker === worker) this.#worker = undefined;
    await worker.terminate();
  }
}

/**
 * Lets pending I/O (interactions waiting for an answer) run before the next step: a timer, not
 * setImmediate, since an immediate runs before the event loop polls for I/O again.
 */
const letAnswersRun = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The knowledge base as it arrives: sources first, then entries, their passages found on arrival. */
class Parts {
  readonly sources: Source[] = [];
  readonly entries: Entry[] = [];
  readonly #sourceById = new Map<string, Source>();

  addSource(source: Source): void {
    this.sources.push(source);
    this.#sourceById.set(source.id, source);
  }

  addEntry(entry: Entry): void {
    this.entries.push(withPassages(entry, this.#sourceById));
  }
}

/** Puts the worker's parts together on this thread, in steps of a few tens of milliseconds at most. */
async function assemble(
  head: Extract<LoadMessage, { kind: 'head' }>,
  parts: Parts,
  snapshot: SearchSnapshot,
  stageTo: string | undefined,
): Promise<WorkerLoad> {
  // Receiving the index took this turn; each step below gets its own.
  await letAnswersRun();
  const knowledge = buildKnowledge(parts.sources, parts.entries, head.synonyms, head.scope);
  await letAnswersRun();
  const terms = TermTable.restore(snapshot.table);
  await letAnswersRun();
  const search = restoreSearchIndex(knowledge, snapshot, terms);
  await letAnswersRun();
  const loaded = prepare(knowledge, new Date(), { search, summary: head.summary, digests: new Map(head.digests) });
  return { ok: true, loaded, staged: head.staged ? stageTo : undefined };
}
