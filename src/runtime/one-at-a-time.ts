/**
 * Runs a task so that one run is under way at most: a request during a run is served by one more
 * run after it (however many came), since the run under way may have started before what the
 * request is about. Failures go to `onError`; nothing rejects.
 */
export class OneAtATime {
  #running: Promise<void> | undefined;
  #again = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Runs the task now, or once more after the run under way; resolves when the run it joined ends. */
  run(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.task()
      .catch(this.onError)
      .finally(() => {
        this.#running = undefined;
        if (this.#again) {
          this.#again = false;
          void this.run();
        }
      });
    return this.#running;
  }
}
