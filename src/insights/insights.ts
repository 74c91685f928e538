import { createHmac } from 'node:crypto';
import { storeFailure } from './store-errors.ts';
import { QuestionQueue } from './question-queue.ts';
import { SettingsCache } from './settings-cache.ts';
import type { InsightsLog, InsightsStore, InsightsSummary, OffThreadStore, QuestionEvent, ReloadEvent, ServerSettings, VoteOutcome } from './types.ts';

/**
 * What the bot records and reports, over a store that may fail. Recording never delays a reply:
 * questions are queued after the reply is sent and written in batches. A store that cannot be
 * opened or written (damaged, read-only, locked, disk full) never costs an answer: the failure
 * is logged once, /insights says why the data is unavailable, and the bot answers on.
 */
export class Insights {
  #store: InsightsStore | undefined;
  #unavailable: string | undefined;
  // A failed batch is dropped: insights are a count, not a ledger, and answers come first.
  readonly #queue = new QuestionQueue((batch) => {
    const thread = this.#thread;
    if (thread) thread.write(batch);
    else this.#use(undefined, (store) => store.recordQuestions(batch));
  });
  readonly #settings = new SettingsCache(() => this.now());
  #key: Buffer | undefined;
  #offThread: OffThreadStore | undefined;

  /** `store` undefined with a reason: configured on, but the database could not be opened. */
  constructor(
    readonly enabled: boolean,
    store: InsightsStore | undefined,
    private readonly log: InsightsLog,
    openFailure?: unknown,
    private readonly now: () => number = Date.now,
  ) {
    this.#store = store;
    if (enabled && !store) this.#failed(openFailure ?? new Error('no database'));
  }

  /** INSIGHTS=off: nothing recorded, nothing opened. */
  static off(log: InsightsLog): Insights {
    return new Insights(false, undefined, log);
  }

  /** Why the data is unavailable, if it is. */
  get unavailable(): string | undefined {
    return this.enabled ? this.#unavailable : 'insights are turned off (INSIGHTS=off)';
  }

  /** Whether answers should offer Helpful / Not helpful. */
  get votes(): boolean {
    return this.enabled && this.#store !== undefined;
  }

  /**
   * From now on, batches, summaries and purges go to the store `start` returns, while its thread
   * runs; it reports what became of each batch (undefined: written), logged as any failure here.
   */
  useOffThread(start: (report: (failure: unknown) => void) => OffThreadStore): void {
    this.#offThread = start((failure) => (failure === undefined ? this.#worked() : this.#failed(failure)));
  }

  /** Queues a question, written with others shortly after. */
  record(event: QuestionEvent): void {
    if (this.enabled && this.#store) this.#queue.push(event);
  }

  /** Writes the queued questions now, in one transaction. */
  flush(): void { this.#queue.flush(); }

  /** The audit trail: a reload, and the knowledge base's version at start. */
  recordReload(event: ReloadEvent): void { this.#use(undefined, (store) => store.recordReload(event)); }
  recordVersion(hash: string, entries: number): void { this.#use(undefined, (store) => store.recordVersion(this.now(), hash, entries)); }

  /** One vote per person and answer, keyed by a hash of the two with a secret: no user id is kept. */
  vote(userId: string, messageId: string, guildId: string | null, entryId: string, helpful: boolean): VoteOutcome | undefined {
    return this.#use(undefined, (store) => {
      this.#key ??= store.voteKey();
      const voter = createHmac('sha256', this.#key).update(`${userId}\0${messageId}`).digest('base64url');
      return store.vote(voter, this.now(), guildId, entryId, helpful);
    });
  }

  /** The figures for /insights, every question recorded so far included. */
  async summary(days: number, guildId?: string): Promise<InsightsSummary | undefined> {
    this.flush();
    const options = { days, guildId, now: this.now() };
    return this.#either(undefined, (thread) => thread.summary(options), (store) => store.summary(options));
  }

  /** A server's settings (cached briefly); none when the store is unavailable. */
  settings(guildId: string | null): ServerSettings {
    return guildId && this.enabled ? this.#settings.get(guildId, () => this.#use({}, (store) => store.settings(guildId))) : {};
  }

  /** Saves a server's settings; false if the store could not. */
  saveSettings(guildId: string, settings: ServerSettings): boolean {
    const saved = this.#use(false, (store) => (store.saveSettings(guildId, settings), true));
    if (saved) this.#settings.set(guildId, settings);
    return saved;
  }

  /** Deletes what is older than the retention period; the number of questions deleted. */
  async purgeExpired(retentionDays: number): Promise<number> {
    const before = this.now() - retentionDays * 86_400_000;
    return this.#either(0, (thread) => thread.purgeBefore(before), (store) => store.purgeBefore(before));
  }

  /** Closes this thread's connection now; resolves once the other thread has written what it was sent. */
  close(): Promise<void> {
    this.flush();
    this.#store?.close();
    this.#store = undefined;
    return this.#offThread?.close() ?? Promise.resolve();
  }

  /** The writer thread, while it runs and the database is open: batches, summaries and purges go there. */
  get #thread(): OffThreadStore | undefined {
    return this.#store && this.#offThread?.alive ? this.#offThread : undefined;
  }

  /** #use, on the writer thread while it runs (`there`), else on this one (`here`). */
  #either<T>(fallback: T, there: (thread: OffThreadStore) => Promise<T>, here: (store: InsightsStore) => T): Promise<T> {
    const thread = this.#thread;
    if (!thread) return Promise.resolve(this.#use(fallback, here));
    return there(thread).then((result) => (this.#worked(), result), (error: unknown) => (this.#failed(error), fallback));
  }

  #use<T>(fallback: T, work: (store: InsightsStore) => T): T {
    if (!this.enabled || !this.#store) return fallback;
    try {
      const result = work(this.#store);
      this.#worked();
      return result;
    } catch (error) {
      this.#failed(error);
      return fallback;
    }
  }

  #worked(): void {
    if (this.#unavailable) this.log.info({}, 'insights: the database works again');
    this.#unavailable = undefined;
  }

  #failed(error: unknown): void {
    const reason = storeFailure(error);
    if (reason !== this.#unavailable) this.log.warn({ reason }, `insights unavailable: ${reason}; the bot answers on without recording`);
    this.#unavailable = reason;
  }
}
