import type { ServerSettings } from './records.ts';

/**
 * How long a server's settings are used before being read again: other shards may change them,
 * and reading them on every answer would put a database read in front of each reply.
 */
const SETTINGS_TTL_MS = 30_000;

/**
 * Servers' settings as last read or saved, each kept for SETTINGS_TTL_MS. A read still under way
 * is kept too, so that answers arriving together wait on one read rather than each starting one.
 */
export class SettingsCache {
  readonly #kept = new Map<string, { at: number; settings: Promise<ServerSettings> }>();

  constructor(private readonly now: () => number) {}

  /** The server's settings, from `read` when not kept or kept too long. */
  get(guildId: string, read: () => Promise<ServerSettings>): Promise<ServerSettings> {
    const kept = this.#kept.get(guildId);
    if (kept && this.now() - kept.at < SETTINGS_TTL_MS) return kept.settings;
    const settings = read();
    this.#kept.set(guildId, { at: this.now(), settings });
    return settings;
  }

  /** Keeps settings just saved. */
  set(guildId: string, settings: ServerSettings): void {
    this.#kept.set(guildId, { at: this.now(), settings: Promise.resolve(settings) });
  }
}
