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

  /** Milliseconds `user` must still wait, or 0 after starting a new wait (of `seconds`: a server's own setting, if any). */
  take(user: string, seconds = this.seconds): number {
    const now = this.now();
    const until = this.#until.get(user) ?? 0;
    if (until > now) return until - now;
    if (this.#until.size > 10_000) for (const [u, t] of this.#until) if (t <= now) this.#until.delete(u);
    if (seconds > 0) this.#until.set(user, now + seconds * 1000);
    return 0;
  }
}
