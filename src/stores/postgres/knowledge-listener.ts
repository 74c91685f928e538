// One connection that LISTENs for new knowledge versions and comes back after the server does. A
// pooled connection cannot listen: the pool hands it to other statements and closes it when idle.
import pg from 'pg';

/** Waits between attempts to listen again after the connection was lost, the last repeated. */
export const LISTEN_BACKOFF_MS: readonly number[] = [250, 500, 1_000, 2_000, 5_000];

/**
 * Listens on `channel` for as long as it runs: each notification's payload, read as a whole
 * number, goes to `onVersion`; `onConnected` is called each time listening starts (again), since
 * announcements made while the connection was down are not delivered later. `ready` is awaited
 * before each attempt (the schema, migrated by the pool).
 */
export class KnowledgeListener {
  #client: pg.Client | undefined;
  #stopped = false;
  #attempt = 0;
  #timer: NodeJS.Timeout | undefined;
  #warnedDown = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly ready: () => Promise<unknown>,
    private readonly warn: (message: string) => void,
  ) {}

  /** Starts listening (and retrying, until stopped). */
  start(onVersion: (version: number) => void, onConnected: () => void): void {
    void this.#connect(onVersion, onConnected);
  }

  async #connect(onVersion: (version: number) => void, onConnected: () => void): Promise<void> {
    if (this.#stopped) return;
    const client = new pg.Client({
      connectionString: this.url,
      connectionTimeoutMillis: 5_000,
      // A listening connection is idle most of the time: probe it after 10 s idle, not the system's
      // 2 hours, so that one a firewall dropped silently is noticed (and the heartbeat catches up).
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    this.#client = client;
    let lost = false;
    const again = (reason: string) => {
      if (lost || this.#stopped) return;
      lost = true;
      if (this.#client === client) this.#client = undefined;
      void client.end().catch(() => {});
      if (!this.#warnedDown) {
        this.#warnedDown = true;
        this.warn(`not hearing of new knowledge versions (${reason}): listening again when the server is back`);
      }
      const wait = LISTEN_BACKOFF_MS[Math.min(this.#attempt++, LISTEN_BACKOFF_MS.length - 1)] ?? 5_000;
      this.#timer = setTimeout(() => void this.#connect(onVersion, onConnected), wait);
      this.#timer.unref();
    };
    client.on('error', (error) => again(error.message));
    client.on('end', () => again('the connection ended'));
    client.on('notification', (message) => {
      const version = Number(message.payload);
      if (message.channel === this.channel && Number.isSafeInteger(version) && version > 0) onVersion(version);
    });
    try {
      await this.ready();
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      again(error instanceof Error ? error.message : String(error));
      return;
    }
    if (this.#stopped) {
      await client.end().catch(() => {});
      return;
    }
    this.#attempt = 0;
    this.#warnedDown = false;
    onConnected();
  }

  /** Stops listening and retrying. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
  }
}
