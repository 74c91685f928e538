// Whether a store works, for the failure to be logged once and shown where it matters (/insights,
// /settings): a store that cannot be opened or written never costs an answer.
import { failedFile, storeFailure } from './store-errors.ts';

/** Where stores say what went wrong: once per new failure, once on recovery. */
export interface StoreLog {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

/** One concern's view of its database: working, or unavailable with the reason in words. */
export class Availability {
  #reason: string | undefined;

  /** `what` names the concern in the log ("insights"); `otherwise` says what the bot does meanwhile. */
  constructor(
    private readonly what: string,
    private readonly otherwise: string,
    private readonly log: StoreLog,
  ) {}

  /** Why the store cannot be used now, if it cannot. */
  get reason(): string | undefined {
    return this.#reason;
  }

  worked(): void {
    if (this.#reason) this.log.info({}, `${this.what}: the database works again`);
    this.#reason = undefined;
  }

  failed(error: unknown): void {
    const reason = storeFailure(error);
    const file = failedFile(error);
    if (reason !== this.#reason) {
      const where = file ? ` at ${file}` : '';
      this.log.warn(
        { reason, ...(file ? { file } : {}) },
        `${this.what} unavailable: ${reason}${where}; ${this.otherwise}`,
      );
    }
    this.#reason = reason;
  }

  /** What `work` gives, or `fallback` when it fails; either way noted, never thrown. */
  async settle<T>(work: () => Promise<T>, fallback: T): Promise<T> {
    try {
      const result = await work();
      this.worked();
      return result;
    } catch (error) {
      this.failed(error);
      return fallback;
    }
  }
}
