import type { PrivacyKey } from '../stores/privacy-key.ts';
import type { KeptForGuild } from '../stores/records.ts';
import { storeFailure } from '../stores/store-errors.ts';
import type { StoreSet } from '../stores/store-set.ts';
import type { WriteQueue, Written } from '../stores/write-queue.ts';
import { within } from '../runtime/within.ts';

/** What a request to forget came to: done (how many questions went), waiting on the database, or impossible. */
export type Forgotten =
  | { readonly kind: 'done'; readonly questions: number }
  | { readonly kind: 'queued' }
  | { readonly kind: 'unavailable'; readonly why: string };

/** What is kept about a server, counted; or that the database is busy, or cannot be read. */
export type KeptReport =
  | (KeptForGuild & { readonly kind: 'kept'; readonly reloads: number; readonly settings: boolean })
  | { readonly kind: 'busy' }
  | { readonly kind: 'unavailable'; readonly why: string };

/** How long /privacy (deferred) waits before saying the deletion will happen once the database is free. */
const WAIT_MS = 8_000;

/**
 * Deleting on request (/privacy): a person's own questions and votes, found by the keyed hash of
 * their id; or everything kept about a server. Through the write queue like every write: a
 * locked database delays the deletion (it stays queued and is retried), never loses it.
 */
export class Forgetting {
  constructor(
    private readonly stores: StoreSet | undefined,
    private readonly queue: WriteQueue,
    private readonly key: PrivacyKey | undefined,
    private readonly unavailable: string | undefined,
    private readonly onGuildForgotten: (guildId: string) => void = () => {},
  ) {}

  /** Deletes every question and vote of one person, in every server and DM. */
  forgetUser(userId: string): Promise<Forgotten> {
    const { stores, key } = this;
    if (!stores || !key) return Promise.resolve(this.#unavailable());
    const asker = key.asker(userId);
    return this.#wait(this.queue.add(() => stores.questions.forgetAsker(asker)));
  }

  /** Counts what is kept about one server, reading no text: what forget-server would delete. */
  async keptFor(guildId: string): Promise<KeptReport> {
    const stores = this.stores;
    if (!stores) return { kind: 'unavailable', why: this.unavailable ?? 'nothing is kept' };
    const { questions, audit, settings } = stores;
    const counting = Promise.all([questions.keptFor(guildId), audit.countGuild(guildId), settings.read(guildId)]);
    counting.catch(() => {}); // a late failure, after "busy" was said, needs no one's attention
    try {
      const counted = await within(WAIT_MS, counting);
      if (!counted) return { kind: 'busy' };
      const [kept, reloads, own] = counted;
      return { kind: 'kept', ...kept, reloads, settings: Object.values(own).some((v) => v !== undefined) };
    } catch (error) {
      return { kind: 'unavailable', why: storeFailure(error) };
    }
  }

  /** Deletes everything kept about one server: questions, votes, settings, and the reloads run from it. */
  async forgetGuild(guildId: string): Promise<Forgotten> {
    const stores = this.stores;
    if (!stores) return this.#unavailable();
    const forgotten = await this.#wait(
      this.queue.add(async () => {
        const questions = await stores.questions.purgeGuild(guildId);
        await stores.settings.forget(guildId);
        await stores.audit.purgeGuild(guildId);
        return questions;
      }),
    );
    this.onGuildForgotten(guildId);
    return forgotten;
  }

  #unavailable(): Forgotten {
    return { kind: 'unavailable', why: this.unavailable ?? 'nothing is kept' };
  }

  async #wait(written: Promise<Written<number>>): Promise<Forgotten> {
    const outcome = await within(WAIT_MS, written);
    if (outcome === undefined) return { kind: 'queued' };
    return outcome.ok ? { kind: 'done', questions: outcome.value } : { kind: 'unavailable', why: outcome.why };
  }
}
