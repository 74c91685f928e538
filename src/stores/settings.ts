// Per-server settings (/settings), behind a small async interface of their own: a surface reads
// them through this seam, whatever keeps them (insights' database today, a server database later).
import type { ServerSettings } from '../insights/types.ts';

export type { ServerSettings } from '../insights/types.ts';

/** A server's settings, read and saved. Reads are cached by the implementation; none waits on a lock. */
export interface SettingsService {
  /** The server's own settings (none in a DM, or when nothing is kept). */
  get(guildId: string | null): Promise<ServerSettings>;
  /** Saves a server's settings; false when they could not be kept (the reason is logged). */
  save(guildId: string, settings: ServerSettings): Promise<boolean>;
}

/** What `settingsFrom` needs: the synchronous, cached settings the insights facade offers today. */
interface SyncSettings {
  settings(guildId: string | null): ServerSettings;
  saveSettings(guildId: string, settings: ServerSettings): boolean;
}

/** The settings kept beside insights, behind the async interface. */
export function settingsFrom(kept: SyncSettings): SettingsService {
  return {
    get: async (guildId) => kept.settings(guildId),
    save: async (guildId, settings) => kept.saveSettings(guildId, settings),
  };
}
