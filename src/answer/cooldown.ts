import { settingsWithin, type SettingsSource } from './settings-budget.ts';

/**
 * A per-user cooldown: `take` says how long a user still has to wait (0: go ahead, and the wait
 * starts now). In memory on purpose: a restart forgiving a few seconds costs nothing.
 */
export class Cooldown {
  readonly #until = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Milliseconds `user` must still wait, or 0 after starting a new wait (of `seconds`: a server's own setting, if
   * any).
   */
  take(user: string, seconds = this.seconds): number {
    const now = this.now();
    const until = this.#until.get(user) ?? 0;
    if (until > now) return until - now;
    if (this.#until.size > 10_000) for (const [u, t] of this.#until) if (t <= now) this.#until.delete(u);
    if (seconds > 0) this.#until.set(user, now + seconds * 1000);
    return 0;
  }
}

/** A server's own cooldown, if it set one. */
interface CooldownSetting {
  readonly cooldownSeconds?: number | undefined;
}

/**
 * The one cooldown every answer is under, whatever the surface (/ask, a mention, a suggestion
 * posted, "Post to channel"): per member, of the server's /settings cooldown over the default.
 */
export class Cooldowns {
  readonly #byMember: Cooldown;

  constructor(
    private readonly defaultSeconds: number,
    private readonly settings: SettingsSource,
    now: () => number = Date.now,
  ) {
    this.#byMember = new Cooldown(defaultSeconds, now);
  }

  /** The cooldown in force in a server (its own setting, else the default), in seconds. */
  async seconds(guildId: string | null): Promise<number> {
    return (await this.settings.get(guildId)).cooldownSeconds ?? this.defaultSeconds;
  }

  /**
   * Milliseconds the member must still wait, or 0: go ahead (and the wait starts now). The
   * server's setting is waited for only SETTINGS_BUDGET_MS: past that, the default applies.
   */
  async take(userId: string, guildId: string | null): Promise<number> {
    return this.takeWith(userId, await settingsWithin(this.settings, guildId));
  }

  /** As `take`, with the server's settings already in hand (undefined: not known in time, the default). */
  takeWith(userId: string, settings: CooldownSetting | undefined): number {
    return this.#byMember.take(userId, settings?.cooldownSeconds ?? this.defaultSeconds);
  }
}
