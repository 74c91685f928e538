import { Availability, type StoreLog } from './availability.ts';
import type { ServerSettings } from './records.ts';
import { SettingsCache } from './settings-cache.ts';
import type { SettingsService, SettingsStore } from './settings.ts';
import type { WriteQueue } from './write-queue.ts';

/**
 * Servers' settings over a store that may fail, read at most every 30 s per server (the cache),
 * and never holding an answer more than a moment. A store that cannot be opened or read gives
 * every server the defaults, the reason logged once and shown by /settings. A change is kept at
 * once and written through the write queue: a locked database delays the write, not the change.
 * Independent of insights: INSIGHTS=off leaves settings working.
 */
export class CachedSettings implements SettingsService {
  readonly #availability: Availability;
  readonly #cache: SettingsCache;

  /** `store` undefined: it could not be opened, for `openFailure`. */
  constructor(
    private readonly store: SettingsStore | undefined,
    private readonly queue: WriteQueue,
    log: StoreLog,
    openFailure?: unknown,
    now: () => number = Date.now,
  ) {
    this.#availability = new Availability('settings', 'servers get the defaults', log);
    this.#cache = new SettingsCache(now);
    if (!store) this.#availability.failed(openFailure ?? new Error('no database'));
  }

  get unavailable(): string | undefined {
    return this.#availability.reason;
  }

  get(guildId: string | null): Promise<ServerSettings> {
    const store = this.store;
    if (!guildId || !store) return Promise.resolve({});
    return this.#cache.get(guildId, () => this.#availability.settle(() => store.read(guildId), {}));
  }

  async save(guildId: string, settings: ServerSettings): Promise<boolean> {
    const store = this.store;
    // Refused at the door (the queue is full, or the bot is stopping): say so rather than pretend.
    if (!store || !this.queue.accepting) return false;
    this.#cache.set(
      guildId,
      settings,
      this.queue.add(() => store.write(guildId, settings)),
    );
    return true;
  }

  /** Drops what is cached of a server whose settings were deleted (/privacy forget-server). */
  dropCached(guildId: string): void {
    this.#cache.drop(guildId);
  }
}
