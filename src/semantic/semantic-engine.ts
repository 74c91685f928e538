import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../runtime/worker-thread.ts';
import { entryTexts } from './entry-space.ts';
import type { Int8Source } from './int8-file.ts';
import { MODEL } from './model-manifest.ts';
import { disableRuntimeTelemetry } from './runtime-telemetry.ts';
import { ENTRY_CHUNK, type SemanticReply, type SemanticRequest, type SemanticWorkerData } from './semantic-messages.ts';

/** Whether questions are read for meaning too, and if not, why not (for logs and /source). */
export type SemanticStatus =
  | {
      readonly mode: 'hybrid';
      readonly model: string;
      readonly loadMs: number;
      /** Where the model's int8 graph was loaded from: its file, or memory when it could not be written. */
      readonly graph: Int8Source;
    }
  | { readonly mode: 'lexical'; readonly reason: string };

/** One knowledge base's entries in the semantic worker: scores questions against them. */
export interface SemanticIndex {
  readonly version: number;
  readonly model: string;
  /** For each text, every entry's score (in entry order); rejects when the worker cannot answer in time. */
  score(texts: readonly string[]): Promise<Float32Array[]>;
  /** Frees the entries in the worker once this knowledge base is no longer in use. */
  release(): void;
  /** What building it took: texts embedded now, texts read from the cache, milliseconds. */
  readonly built: { readonly embedded: number; readonly cached: number; readonly ms: number };
}

/** How long a question waits for its scores before it is answered lexically. */
export const SCORE_TIMEOUT_MS = 2_000;

/**
 * The answering thread's side of the semantic worker. One per process (see EmbedSession): start
 * it once, index each knowledge base before it is put in use, close it at shutdown.
 */
export class SemanticEngine {
  readonly ready: Promise<SemanticStatus>;
  #status: SemanticStatus | undefined;
  readonly #worker: Worker;
  readonly #waiting = new Map<number, (reply: SemanticReply) => void>();
  #next = 1;
  #version = 1;

  constructor(data: SemanticWorkerData) {
    disableRuntimeTelemetry();
    this.#worker = startWorker(import.meta.url, 'semantic-worker', { ...data });
    this.#worker.unref();
    let settleReady: (status: SemanticStatus) => void = () => {};
    this.ready = new Promise((resolve) => {
      settleReady = resolve;
    });
    this.#worker.on('message', (reply: SemanticReply) => {
      if (reply.kind === 'ready') {
        this.#status = reply.ok
          ? { mode: 'hybrid', model: MODEL.id, loadMs: reply.ms, graph: reply.graph }
          : { mode: 'lexical', reason: reply.reason };
        settleReady(this.#status);
        return;
      }
      this.#waiting.get(reply.id)?.(reply);
      this.#waiting.delete(reply.id);
    });
    let error = '';
    this.#worker.on('error', (e) => {
      error = `: ${e.message}`;
    });
    this.#worker.once('exit', (code) => {
      const reason = `the semantic worker stopped (exit code ${code})${error}`;
      this.#status = { mode: 'lexical', reason };
      settleReady(this.#status);
      for (const [id, settle] of this.#waiting) settle({ kind: 'failed', id, message: reason });
      this.#waiting.clear();
    });
  }

  /** The status once known; lexical while the model is still loading. */
  get status(): SemanticStatus {
    return this.#status ?? { mode: 'lexical', reason: 'the embedding model is still loading' };
  }

  /**
   * Embeds the entries (only texts not in the cache) and returns their index; none when lexical-only.
   * Anything with a topic and example questions is indexed as an entry is (the kinds of reply, too).
   */
  async index(entries: readonly Parameters<typeof entryTexts>[0][]): Promise<SemanticIndex | undefined> {
    if ((await this.ready).mode !== 'hybrid') return undefined;
    const version = this.#version++;
    const id = this.#next++;
    const done = this.#reply(id);
    this.#post({ kind: 'begin', id, version, entries: entries.length });
    for (let i = 0; i < entries.length; i += ENTRY_CHUNK) {
      this.#post({ kind: 'texts', id, texts: entries.slice(i, i + ENTRY_CHUNK).map(entryTexts) });
      // Large bases go over in parts, with answers in between.
      if (i + ENTRY_CHUNK < entries.length) await nextTurn();
    }
    this.#post({ kind: 'end', id });
    const reply = await done;
    if (reply.kind !== 'indexed') return undefined;
    const built = { embedded: reply.embedded, cached: reply.cached, ms: reply.ms };
    return {
      version,
      model: MODEL.id,
      built,
      score: (texts) => this.#score(version, texts),
      release: () => this.#post({ kind: 'drop', version }),
    };
  }

  async #score(version: number, texts: readonly string[]): Promise<Float32Array[]> {
    const id = this.#next++;
    const answer = this.#reply(id);
    this.#post({ kind: 'score', id, version, texts });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the semantic worker did not answer in time')), SCORE_TIMEOUT_MS);
    });
    try {
      const reply = await Promise.race([answer, late]);
      if (reply.kind === 'failed') throw new Error(reply.message);
      if (reply.kind !== 'scores') throw new Error(`unexpected reply ${reply.kind}`);
      return texts.map((_, i) => reply.scores.subarray(i * reply.entries, (i + 1) * reply.entries));
    } finally {
      clearTimeout(timer);
      this.#waiting.delete(id);
    }
  }

  #reply(id: number): Promise<SemanticReply> {
    return new Promise((resolve) => this.#waiting.set(id, resolve));
  }

  #post(request: SemanticRequest): void {
    this.#worker.postMessage(request);
  }

  /** Releases the model and stops the worker. */
  async close(): Promise<void> {
    const id = this.#next++;
    const closed = this.#reply(id);
    this.#post({ kind: 'close', id });
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    await this.#worker.terminate();
  }
}
