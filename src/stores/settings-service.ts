import { Availability, type StoreLog } from './availability.ts';
import type { ServerSettings } from './records.ts';
import { SettingsCache } from './settings-cache.ts';
import type { SettingsService, SettingsStore } from './settings.ts';

/**
 * Servers' settings over a store that may fail, read at most every 30 s per server (the cache).
 * A store that cannot be opened or read gives every server the defaults, and one that cannot be
 * written refuses the change: the reason is logged once and /settings says it. Independent of
 * insights: INSIGHTS=off leaves settings working.
 */
export class CachedSettings implements SettingsService {
  readonly #availability: Availability;
  readonly #cache: SettingsCache;

  /** `store` undefined: it could not be opened, for `openFailure`. */
  constructor(
    private readonly store: SettingsStore | undefined,
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
    if (!store) return false;
    const saved = await this.#availability.settle(async () => (await store.write(guildId, settings), true), false);
    if (saved) this.#cache.set(guildId, settings);
    return saved;
  }
}
