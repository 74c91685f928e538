import { createHmac } from 'node:crypto';
import { storeFailure } from './store-errors.ts';
import type { InsightsStore, InsightsSummary, QuestionEvent, ReloadEvent, ServerSettings, VoteOutcome } from './types.ts';

/** Where the insights say what went wrong: once per new failure, once on recovery. */
export interface InsightsLog {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

/**
 * How long recorded questions wait to be written together (ms), and most written at once: a batch
 * of 50 costs about a millisecond and a half of the answering thread, far less than one
 * transaction per question (bench/RESULTS.md).
 */
const FLUSH_MS = 250;
export const FLUSH_AT = 50;
/** Questions kept waiting at most, should writes keep failing: the rest are dropped, not hoarded. */
const MAX_WAITING = 5_000;
/** How long a server's settings are used before being read again (other shards may change them). */
const SETTINGS_TTL_MS = 30_000;

/**
 * What the bot records and reports, over a store that may fail. Recording never delays a reply:
 * questions are queued after the reply is sent and written in batches. A store that cannot be
 * opened or written (damaged, read-only, locked, disk full) never costs an answer: the failure
 * is logged once, /insights says why the data is unavailable, and the bot answers on.
 */
export class Insights {
  #store: InsightsStore | undefined;
  #unavailable: string | undefined;
  #waiting: QuestionEvent[] = [];
  #timer: NodeJS.Timeout | undefined;
  #key: Buffer | undefined;
  readonly #settings = new Map<string, { at: number; settings: ServerSettings }>();

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

  /** Queues a question, written with others shortly after. */
  record(event: QuestionEvent): void {
    if (!this.enabled || !this.#store) return;
    if (this.#waiting.length >= MAX_WAITING) return;
    this.#waiting.push(event);
    if (this.#waiting.length >= FLUSH_AT) setImmediate(() => this.flush());
    else this.#timer ??= setTimeout(() => this.flush(), FLUSH_MS).unref();
  }

  /** Writes the queued questions now, in one transaction. */
  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#waiting;
    if (batch.length === 0) return;
    this.#waiting = [];
    // A failed batch is dropped: insights are a count, not a ledger, and answers come first.
    this.#use(undefined, (store) => store.recordQuestions(batch));
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

  summary(days: number, guildId?: string): InsightsSummary | undefined {
    this.flush();
    return this.#use(undefined, (store) => store.summary({ days, guildId, now: this.now() }));
  }

  /** A server's settings (cached briefly); none when the store is unavailable. */
  settings(guildId: string | null): ServerSettings {
    if (!guildId || !this.enabled) return {};
    const cached = this.#settings.get(guildId);
    if (cached && this.now() - cached.at < SETTINGS_TTL_MS) return cached.settings;
    const settings = this.#use({}, (store) => store.settings(guildId));
    this.#settings.set(guildId, { at: this.now(), settings });
    return settings;
  }

  /** Saves a server's settings; false if the store could not. */
  saveSettings(guildId: string, settings: ServerSettings): boolean {
    const saved = this.#use(false, (store) => (store.saveSettings(guildId, settings), true));
    if (saved) this.#settings.set(guildId, { at: this.now(), settings });
    return saved;
  }

  /** Deletes what is older than the retention period; the number of questions deleted. */
  purgeExpired(retentionDays: number): number {
    return this.#use(0, (store) => store.purgeBefore(this.now() - retentionDays * 86_400_000));
  }

  close(): void {
    this.flush();
    this.#store?.close();
    this.#store = undefined;
  }

  #use<T>(fallback: T, work: (store: InsightsStore) => T): T {
    if (!this.enabled || !this.#store) return fallback;
    try {
      const result = work(this.#store);
      if (this.#unavailable) this.log.info({}, 'insights: the database works again');
      this.#unavailable = undefined;
      return result;
    } catch (error) {
      this.#failed(error);
      return fallback;
    }
  }

  #failed(error: unknown): void {
    const reason = storeFailure(error);
    if (reason !== this.#unavailable) this.log.warn({ reason }, `insights unavailable: ${reason}; the bot answers on without recording`);
    this.#unavailable = reason;
  }
}
