// The knowledge sync's turns and timers: its work one piece at a time, and timers that end with it.

/**
 * Runs the knowledge sync's work one piece at a time, in the order asked, so that a version read
 * before a local reload is never swapped in after it; keeps its timers so that stopping clears
 * them all.
 */
export class SyncTurns {
  #turn: Promise<unknown> = Promise.resolve();
  #stopped = false;
  readonly #timers = new Set<NodeJS.Timeout>();

  /** Whether the sync has stopped: nothing more is done or said. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Runs `work` once every piece of work asked before it has settled, resolved or not. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#turn.then(work, work);
    this.#turn = run.catch(() => {});
    return run;
  }

  /** Runs `work` in `ms`, unless the sync has stopped by then. */
  later(work: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (!this.#stopped) work();
    }, ms).unref();
    this.#timers.add(timer);
  }

  /** Runs `work` every `ms` until the sync stops. */
  every(work: () => void, ms: number): void {
    const beat = setInterval(work, ms).unref();
    this.#timers.add(beat);
  }

  /** Stops: clears every timer, and `stopped` is true from now on. */
  stop(): void {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
  }
}
