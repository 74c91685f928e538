import { createHmac } from 'node:crypto';
import type { AuditStore } from '../stores/audit.ts';
import { Availability, type StoreLog } from '../stores/availability.ts';
import type { OffThreadQuestions, QuestionStore } from '../stores/questions.ts';
import type { InsightsSummary, QuestionEvent, VoteOutcome } from '../stores/records.ts';
import type { VoteStore } from '../stores/votes.ts';
import { insightsSummary } from './insights-summary.ts';
import { QuestionQueue } from './question-queue.ts';

/** The stores insights use: questions, votes, and the audit trail for /insights' last reloads. */
export interface InsightsStores {
  readonly questions: QuestionStore;
  readonly votes: VoteStore;
  readonly audit: AuditStore;
}

/**
 * What the bot records and reports, over stores that may fail. Recording never delays a reply:
 * questions are queued after the reply is sent and written in batches. A store that cannot be
 * opened or written (damaged, read-only, locked, disk full) never costs an answer: the failure
 * is logged once, /insights says why the data is unavailable, and the bot answers on.
 */
export class Insights {
  readonly #stores: InsightsStores | undefined;
  readonly #availability: Availability;
  // A failed batch is dropped: insights are a count, not a ledger, and answers come first.
  readonly #queue = new QuestionQueue((batch) => this.#write(batch));
  readonly #writing = new Set<Promise<void>>();
  #key: Promise<Uint8Array> | undefined;
  #offThread: OffThreadQuestions | undefined;

  /** `stores` undefined with a reason: configured on, but the database could not be opened. */
  constructor(
    readonly enabled: boolean,
    stores: InsightsStores | undefined,
    log: StoreLog,
    openFailure?: unknown,
    private readonly now: () => number = Date.now,
  ) {
    this.#stores = enabled ? stores : undefined;
    this.#availability = new Availability('insights', 'the bot answers on without recording', log);
    if (enabled && !stores) this.#availability.failed(openFailure ?? new Error('no database'));
  }

  /** INSIGHTS=off: nothing recorded. */
  static off(log: StoreLog): Insights {
    return new Insights(false, undefined, log);
  }

  /** Why the data is unavailable, if it is. */
  get unavailable(): string | undefined {
    return this.enabled ? this.#availability.reason : 'insights are turned off (INSIGHTS=off)';
  }

  /** Whether answers should offer Helpful / Not helpful. */
  get votes(): boolean {
    return this.enabled && this.#stores !== undefined;
  }

  /** From now on, batches, summaries and purges go to `writer` while its thread runs. */
  useOffThread(writer: OffThreadQuestions): void {
    this.#offThread = writer;
  }

  /** Queues a question, written with others shortly after. */
  record(event: QuestionEvent): void {
    if (this.#stores) this.#queue.push(event);
  }

  /** Hands the queued questions to the store now; resolves once every batch handed so far is settled. */
  async flush(): Promise<void> {
    this.#queue.flush();
    await Promise.all(this.#writing);
  }

  /** One vote per person and answer, keyed by a hash of the two with a secret: no user id is kept. */
  async vote(
    userId: string,
    messageId: string,
    guildId: string | null,
    entryId: string,
    helpful: boolean,
  ): Promise<VoteOutcome | undefined> {
    const stores = this.#stores;
    if (!stores) return undefined;
    return this.#availability.settle(async () => {
      this.#key ??= stores.votes.voteKey();
      const key = await this.#key.catch((error: unknown) => {
        this.#key = undefined;
        throw error;
      });
      const voter = createHmac('sha256', key).update(`${userId}\0${messageId}`).digest('base64url');
      return stores.votes.vote({ voter, at: this.now(), guildId, entryId, helpful });
    }, undefined);
  }

  /** The figures for /insights, every question recorded so far included. */
  async summary(days: number, guildId?: string): Promise<InsightsSummary | undefined> {
    const stores = this.#stores;
    if (!stores) return undefined;
    await this.flush();
    const period = { days, guildId, now: this.now() };
    return this.#availability.settle(() => insightsSummary(this.#questions(stores), stores.audit, period), undefined);
  }

  /** Deletes what is older than the retention period; the number of questions deleted. */
  async purgeExpired(retentionDays: number): Promise<number> {
    const stores = this.#stores;
    if (!stores) return 0;
    const before = this.now() - retentionDays * 86_400_000;
    return this.#availability.settle(() => this.#questions(stores).purgeBefore(before), 0);
  }

  /** Writes what is queued; resolves once the writer thread, if any, has written what it was sent and stopped. */
  async close(): Promise<void> {
    await this.flush();
    await this.#offThread?.close();
  }

  /** The writer thread while it runs, else this thread's store. */
  #questions(stores: InsightsStores): QuestionStore {
    return this.#offThread?.alive ? this.#offThread : stores.questions;
  }

  #write(batch: readonly QuestionEvent[]): void {
    const stores = this.#stores;
    if (!stores) return;
    const written = this.#availability.settle(() => this.#questions(stores).record(batch), undefined);
    this.#writing.add(written);
    void written.finally(() => this.#writing.delete(written));
  }
}
