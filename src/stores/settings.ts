// Per-server settings (/settings), behind small async interfaces of their own: kept whether or not
// insights are on. The store reads and writes; the service in front of it (settings-service.ts)
// caches, and turns a failing database into the defaults and a reason, never an error.
import type { ServerSettings } from './records.ts';

export type { ServerSettings } from './records.ts';

/** Where servers' settings are kept; may reject with the database's error. */
export interface SettingsStore {
  /** A server's own settings ({} when it has none). */
  read(guildId: string): Promise<ServerSettings>;
  /** Replaces a server's settings. */
  write(guildId: string, settings: ServerSettings): Promise<void>;
  /** Deletes a server's settings (npm run insights -- --purge-guild). */
  forget(guildId: string): Promise<void>;
}

/** A server's settings as the surfaces use them. None waits long: reads are cached. */
export interface SettingsService {
  /** The server's own settings (none in a DM, or when they cannot be read). */
  get(guildId: string | null): Promise<ServerSettings>;
  /** Saves a server's settings; false when they could not be kept (the reason is logged). */
  save(guildId: string, settings: ServerSettings): Promise<boolean>;
  /** Why settings cannot be read or kept right now, if they cannot. */
  readonly unavailable: string | undefined;
}

/** Settings that keep nothing, for `reason`: every server gets the defaults, and saving says why not. */
export function settingsUnavailable(reason: string): SettingsService {
  return { get: async () => ({}), save: async () => false, unavailable: reason };
}
