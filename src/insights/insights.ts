import { createHmac } from 'node:crypto';
import { storeFailure } from './store-errors.ts';
import { QuestionQueue } from './question-queue.ts';
import { SettingsCache } from './settings-cache.ts';
import type { InsightsLog, InsightsStore, InsightsSummary, OffThreadStore, QuestionEvent, ReloadEvent, ServerSettings, VoteOutcome } from './types.ts';

export type { InsightsLog } from './types.ts';

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
    if (this.#offThread?.alive) this.#offThread.write(batch);
    else this.#use(undefined, (store) => store.recordQuestions(batch));
  });
  #key: Buffer | undefined;
  #offThread: OffThreadStore | undefined;
  readonly #settings: SettingsCache;

  /** `store` undefined with a reason: configured on, but the database could not be opened. */
  constructor(
    readonly enabled: boolean,
    store: InsightsStore | undefined,
    private readonly log: InsightsLog,
    openFailure?: unknown,
    private readonly now: () => number = Date.now,
  ) {
    this.#store = store;
    this.#settings = new SettingsCache(now);
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

  /** From now on, batches, summaries and purges go to `store` while it runs. */
  useOffThread(store: OffThreadStore): void {
    this.#offThread = store;
  }

  /** What became of a batch sent off the thread: undefined if written, else the failure. */
  writeOutcome(failure: unknown): void {
    if (failure === undefined) this.#worked();
    else this.#failed(failure);
  }

  /** Queues a question, written with others shortly after. */
  record(event: QuestionEvent): void {
    if (this.enabled && this.#store) this.#queue.push(event);
  }

  /** Writes the queued questions now, in one transaction. */
  flush(): void {
    this.#queue.flush();
  }

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
    return this.#offThread?.alive && this.#store ? this.#await(this.#offThread.summary(options)) : this.#use(undefined, (store) => store.summary(options));
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
  async purgeExpired(retentionDays: number): Promise<number | undefined> {
    const before = this.now() - retentionDays * 86_400_000;
    return this.#offThread?.alive && this.#store ? this.#await(this.#offThread.purgeBefore(before)) : this.#use(0, (store) => store.purgeBefore(before));
  }

  /** Closes this thread's connection now; resolves once the other thread has written what it was sent. */
  close(): Promise<void> {
    this.flush();
    this.#store?.close();
    this.#store = undefined;
    return this.#offThread?.close() ?? Promise.resolve();
  }

  #await<T>(work: Promise<T>): Promise<T | undefined> {
    return work.then((result) => (this.#worked(), result), (error: unknown) => (this.#failed(error), undefined));
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
