import { copyHash, type LastGood, type LastGoodCopy } from './last-good.ts';
import { loadVersion } from './load-version.ts';
import type { Reloader } from './reloader.ts';
import { OneAtATime } from '../runtime/one-at-a-time.ts';
import { HEARTBEAT_MS, type SharedKnowledge, type SyncLog } from './shared-knowledge.ts';

/** How long a start waits to hear which version to serve before answering from its own files. */
const START_WAIT_MS = 5_000;
const BUSY_RETRY_MS = 1_000;

/**
 * Keeps this host on the knowledge version every host shares (DATABASE_URL): loads each newer
 * version announced, ignores older ones, catches up at start and after the database comes back,
 * and publishes what a local /reload applied. One catch-up runs at a time; announcements during it
 * are served by the next.
 */
export class KnowledgeSync {
  #serving: number | undefined;
  #servingHash: string | undefined;
  /**
   * Files this host serves that are not shared yet, and the version they replaced: shared at the
   * next catch-up unless a newer version came meanwhile. At start (basedOn 0) only if none is shared.
   */
  #pending: { readonly basedOn: number } | undefined;
  readonly #catchUps = new OneAtATime(
    () => this.#catchUp(),
    (error) =>
      this.log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'knowledge sync failed'),
  );
  #heartbeat: NodeJS.Timeout | undefined;
  #failed: { version: number; reason: string } | undefined;

  constructor(
    /** The versions and hosts in the database. */
    readonly shared: SharedKnowledge,
    private readonly reloader: Reloader,
    private readonly lastGood: LastGood,
    /** This host's name in reports: HOST_NAME, with its shard under the sharding manager. */
    readonly host: string,
    private readonly log: SyncLog,
    private readonly startWaitMs = START_WAIT_MS,
  ) {}

  /** The shared version this host serves; undefined while it answers from its own files alone. */
  get serving(): number | undefined {
    return this.#serving;
  }

  /** Starts listening; resolves once this host serves the shared version, or after `startWaitMs`. */
  async start(): Promise<void> {
    const own = await this.lastGood.read();
    this.#servingHash = own ? copyHash(own) : undefined;
    // With none shared yet, this host's files become the first version.
    this.#pending = own ? { basedOn: 0 } : undefined;
    let first: () => void = () => {};
    const caughtUp = new Promise<void>((resolve) => (first = resolve));
    this.shared.listen(
      (version) => this.#announced(version),
      () => void this.catchUp().finally(first),
    );
    this.#heartbeat = setInterval(() => void this.#report(), HEARTBEAT_MS).unref();
    const timer = new Promise<void>((resolve) => setTimeout(resolve, this.startWaitMs).unref());
    await Promise.race([caughtUp, timer]);
  }

  #announced(version: number): void {
    const serving = this.#serving;
    if (serving === undefined || version > serving) return void this.catchUp();
    if (version < serving) this.log.info({ version, serving }, 'an older knowledge version was announced: ignored');
  }

  /** Serves the newest shared version (publishing this host's own when it has one not shared yet). */
  catchUp(): Promise<void> {
    return this.#catchUps.run();
  }

  async #catchUp(): Promise<void> {
    let latest = await this.shared.latest();
    const pending = this.#pending;
    if (pending && (!latest || latest.version <= pending.basedOn)) {
      const copy = await this.lastGood.read();
      if (copy && pending.basedOn > 0) return void (await this.#publish(copy));
      if (copy) latest = await this.shared.publishFirst(copyHash(copy), JSON.stringify(copy), this.host);
    }
    this.#pending = undefined;
    if (!latest || latest.version === this.#serving) return this.#report();
    if (latest.hash === this.#servingHash) return this.#serve(latest.version, latest.hash);
    await this.#load(latest.version);
  }

  async #load(version: number): Promise<void> {
    const loaded = await loadVersion(this.shared, this.reloader, this.lastGood, version);
    // A local reload is under way: it publishes, or fails, and this one comes after.
    if (!loaded.ok && loaded.busy) return void setTimeout(() => void this.catchUp(), BUSY_RETRY_MS).unref();
    if (loaded.ok) {
      this.log.info({ version, from: loaded.row.host, ms: loaded.ms }, 'now serving the shared knowledge version');
      return this.#serve(version, loaded.row.hash);
    }
    this.#failed = { version, reason: loaded.reason };
    this.log.warn(
      { version, reason: loaded.reason },
      'the shared knowledge version could not be loaded: kept the one in use',
    );
    await this.#report();
  }

  async #serve(version: number, hash: string): Promise<void> {
    this.#serving = version;
    this.#servingHash = hash;
    this.#failed = undefined;
    await this.#report();
  }

  /**
   * Shares what the last local reload applied as the newest version; resolves with its number, or
   * with the reason it could not be shared (it is then shared once the database is back, unless
   * another host shares a newer one first).
   */
  async publishApplied(): Promise<{ version: number } | { reason: string }> {
    const copy = this.reloader.appliedCopy === undefined ? undefined : await this.lastGood.read();
    if (!copy) return { reason: `the files read could not be kept in ${this.lastGood.dataDir}` };
    this.#pending = { basedOn: this.#serving ?? Number.POSITIVE_INFINITY };
    this.#servingHash = copyHash(copy);
    return this.#publish(copy);
  }

  async #publish(copy: LastGoodCopy): Promise<{ version: number } | { reason: string }> {
    const hash = copyHash(copy);
    try {
      const version = await this.shared.publish(hash, JSON.stringify(copy), this.host);
      this.#pending = undefined;
      this.log.info({ version }, 'published the knowledge version this host serves');
      await this.#serve(version, hash);
      return { version };
    } catch (error) {
      return { reason: error instanceof Error ? error.message : String(error) };
    }
  }

  async #report(): Promise<void> {
    await this.shared.report({ host: this.host, version: this.#serving, failed: this.#failed }).catch(() => {
      /* said again at the next heartbeat */
    });
  }

  /** Stops listening and says this host is gone. */
  async stop(): Promise<void> {
    clearInterval(this.#heartbeat);
    await this.shared.leave(this.host).catch(() => {});
    await this.shared.close();
  }
}
