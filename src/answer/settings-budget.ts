// How long an acknowledgement may wait on a server's settings. Discord drops an interaction not
// acknowledged within 3 seconds, and settings come from a store that may be slow (a cold cache,
// a busy disk): what must be decided before the acknowledgement (the cooldown, public or
// private) takes the settings if they come in time, and a safe default if not.
import type { ServerSettings } from '../insights/types.ts';
import { within } from '../runtime/within.ts';

/** How long to wait for a server's settings before acknowledging without them. */
export const SETTINGS_BUDGET_MS = 250;

/** Where a server's settings come from. */
export interface SettingsSource {
  get(guildId: string | null): Promise<ServerSettings>;
}

/** The server's settings if they arrive within `ms`, else undefined (the read goes on, and is cached). */
export async function settingsWithin(
  settings: SettingsSource,
  guildId: string | null,
  ms = SETTINGS_BUDGET_MS,
): Promise<ServerSettings | undefined> {
  return within(ms, settings.get(guildId));
}
