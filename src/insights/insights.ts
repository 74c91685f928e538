import type { AuditStore } from '../stores/audit.ts';
import { Availability, type StoreLog } from '../stores/availability.ts';
import type { PrivacyKey } from '../stores/privacy-key.ts';
import type { QuestionStore } from '../stores/questions.ts';
import type { InsightsSummary, QuestionEvent, VoteOutcome } from '../stores/records.ts';
import type { VoteStore } from '../stores/votes.ts';
import { WriteQueue } from '../stores/write-queue.ts';
import { insightsSummary } from './insights-summary.ts';
import { QuestionQueue } from './question-queue.ts';
import { within } from '../runtime/within.ts';

/** The stores insights use: questions, votes, and the audit trail for /insights' last reloads. */
export interface InsightsStores {
  readonly questions: QuestionStore;
  readonly votes: VoteStore;
  readonly audit: AuditStore;
}

/** What insights write through and hash people with. */
export interface InsightsDeps {
  /** Every write goes through it: never on the path of a reply. */
  readonly queue: WriteQueue;
  readonly key: PrivacyKey | undefined;
  readonly now?: () => number;
}

/** How long a vote's thanks waits to say whether it was counted, changed or the same again. */
const VOTE_WAIT_MS = 1_500;
/** How long /insights (deferred) waits for its figures from a busy database. */
const SUMMARY_WAIT_MS = 8_000;

/**
 * What the bot records and reports, over stores that may fail. Recording never delays a reply:
 * questions are queued after the reply is sent and written in batches, through the write queue,
 * as votes are. A store that cannot be opened or read never costs an answer: the failure is
 * logged once, /insights says why the data is unavailable, and the bot answers on.
 */
export class Insights {
  readonly #stores: InsightsStores | undefined;
  readonly #availability: Availability;
  readonly #batches = new QuestionQueue((batch) => void this.deps.queue.add(() => this.#questions.record(batch)));
  readonly #now: () => number;

  /** `stores` undefined with a reason: configured on, but the database could not be opened. */
  constructor(
    readonly enabled: boolean,
    stores: InsightsStores | undefined,
    log: StoreLog,
    private readonly deps: InsightsDeps,
    openFailure?: unknown,
  ) {
    this.#stores = enabled && deps.key ? stores : undefined;
    this.#now = deps.now ?? Date.now;
    this.#availability = new Availability('insights', 'the bot answers on without recording', log);
    if (enabled && !this.#stores) this.#availability.failed(openFailure ?? new Error('no database'));
  }

  /** INSIGHTS=off: nothing recorded. */
  static off(log: StoreLog): Insights {
    return new Insights(false, undefined, log, { queue: new WriteQueue(log), key: undefined });
  }

  get #questions(): QuestionStore {
    if (!this.#stores) throw new Error('insights keep no questions');
    return this.#stores.questions;
  }

  /** Why the data is unavailable, if it is. */
  get unavailable(): string | undefined {
    return this.enabled ? this.#availability.reason : 'insights are turned off (INSIGHTS=off)';
  }

  /** Whether answers should offer Helpful / Not helpful. */
  get votes(): boolean {
    return this.enabled && this.#stores !== undefined;
  }

  /** Queues a question, written with others shortly after; `userId` is kept only as a keyed hash. */
  record(event: QuestionEvent, userId?: string): void {
    if (!this.#stores) return;
    this.#batches.push(userId ? { ...event, asker: this.deps.key?.asker(userId) } : event);
  }

  /**
   * Hands the questions waiting to be batched to the write queue now; resolves once the queue has
   * nothing waiting (which, while the database is locked, is not soon: shutdown does not wait on it).
   */
  flush(): Promise<void> {
    this.#batches.flush();
    return this.deps.queue.idle();
  }

  /**
   * One vote per person and answer, keyed by a hash of the two with a secret: no user id is kept.
   * "queued" when the database is busy: the vote is written as soon as it is free.
   */
  async vote(
    userId: string,
    messageId: string,
    guildId: string | null,
    entryId: string,
    helpful: boolean,
  ): Promise<VoteOutcome | 'queued' | undefined> {
    const stores = this.#stores;
    const key = this.deps.key;
    if (!stores || !key) return undefined;
    const voter = key.voter(userId, messageId);
    const vote = { voter, at: this.#now(), guildId, entryId, helpful, asker: key.asker(userId) };
    const written = await within(
      VOTE_WAIT_MS,
      this.deps.queue.add(() => stores.votes.vote(vote)),
    );
    if (written === undefined) return 'queued';
    return written.ok ? written.value : undefined;
  }

  /** The figures for /insights, every question written so far included; undefined when unavailable. */
  async summary(days: number, guildId?: string): Promise<InsightsSummary | undefined> {
    const stores = this.#stores;
    if (!stores) return undefined;
    void this.flush();
    const period = { days, guildId, now: this.#now() };
    const read = this.#availability.settle(() => insightsSummary(stores.questions, stores.audit, period), undefined);
    return within(SUMMARY_WAIT_MS, read);
  }

  /**
   * Deletes questions, votes and reloads older than the retention period, through the write queue;
   * resolves with the number of questions deleted (0 when it could not be done).
   */
  async purgeExpired(retentionDays: number): Promise<number> {
    const stores = this.#stores;
    if (!stores) return 0;
    const before = this.#now() - retentionDays * 86_400_000;
    void this.deps.queue.add(() => stores.audit.purgeBefore(before));
    const purged = await this.deps.queue.add(() => stores.questions.purgeBefore(before));
    return purged.ok ? purged.value : 0;
  }
}
