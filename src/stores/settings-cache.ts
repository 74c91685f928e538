import { within } from '../runtime/within.ts';
import type { ServerSettings } from './records.ts';

/**
 * How long a server's settings are used before being read again: other shards may change them,
 * and reading them on every answer would put a database read in front of each reply.
 */
const SETTINGS_TTL_MS = 30_000;
/**
 * How long an answer waits for a server's settings not yet read: past it, the answer goes out on
 * the defaults, and the read, still under way, serves the answers after it.
 */
const READ_WAIT_MS = 300;

/**
 * Servers' settings as last read or saved, each kept for SETTINGS_TTL_MS. A read still under way
 * is kept too, so that answers arriving together wait on one read rather than each starting one.
 * Settings saved but not yet written win over any read (a read would bring back the old values).
 */
export class SettingsCache {
  readonly #kept = new Map<string, { at: number; settings: Promise<ServerSettings> }>();
  readonly #unwritten = new Map<string, ServerSettings>();

  constructor(private readonly now: () => number) {}

  /** The server's settings, from `read` when not kept or kept too long; the defaults when `read` is slow. */
  get(guildId: string, read: () => Promise<ServerSettings>): Promise<ServerSettings> {
    const unwritten = this.#unwritten.get(guildId);
    if (unwritten) return Promise.resolve(unwritten);
    let kept = this.#kept.get(guildId);
    if (!kept || this.now() - kept.at >= SETTINGS_TTL_MS) {
      kept = { at: this.now(), settings: read() };
      this.#kept.set(guildId, kept);
    }
    return slowMeansDefaults(kept.settings);
  }

  /** Keeps settings just saved; `written` settles once they are in the database (or never will be). */
  set(guildId: string, settings: ServerSettings, written: Promise<unknown>): void {
    this.#unwritten.set(guildId, settings);
    this.#kept.set(guildId, { at: this.now(), settings: Promise.resolve(settings) });
    void written.then(() => {
      if (this.#unwritten.get(guildId) === settings) this.#unwritten.delete(guildId);
    });
  }

  /** Forgets what is kept of a server (its settings were deleted). */
  drop(guildId: string): void {
    this.#kept.delete(guildId);
    this.#unwritten.delete(guildId);
  }
}

async function slowMeansDefaults(settings: Promise<ServerSettings>): Promise<ServerSettings> {
  return (await within(READ_WAIT_MS, settings)) ?? {};
}
