import { OneAtATime } from '../runtime/one-at-a-time.ts';
import { within } from '../runtime/within.ts';
import { copyHash, type LastGood } from './last-good.ts';
import { loadVersion } from './load-version.ts';
import type { ReloadGuard, ReloadOrigin, ReloadReport } from './reload-report.ts';
import type { Reloader } from './reloader.ts';
import { ServedVersion } from './served-version.ts';
import { HEARTBEAT_MS, type SharedKnowledge, type SyncLog } from './shared-knowledge.ts';
import { SyncTurns } from './sync-turns.ts';

/** What sharing a reload came to: the version every host is to serve, or why it was not shared. */
export type Published = { readonly version: number } | { readonly reason: string; readonly later: boolean };

const BUSY_RETRY_MS = 1_000;
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Keeps this host on the knowledge version every host shares (DATABASE_URL): loads each newer
 * version announced, ignores older ones, catches up at start, on reconnecting and at each
 * heartbeat, and publishes what this host's own reloads apply. Catching up and reloading take
 * turns, so a version read before a local reload is never swapped in after it.
 */
export class KnowledgeSync {
  readonly #served: ServedVersion;
  readonly #turns = new SyncTurns();
  #lastPublished: Published | undefined;
  readonly #catchUps = new OneAtATime(
    () => this.#turns.exclusive(() => this.#catchUp()),
    (error) => this.log.warn({ reason: reasonOf(error) }, 'knowledge sync failed'),
  );

  constructor(
    /** The versions and hosts in the database. */
    readonly shared: SharedKnowledge,
    private readonly reloader: Reloader,
    private readonly lastGood: LastGood,
    /** This host's name in reports: HOST_NAME, with its shard under the sharding manager. */
    readonly host: string,
    private readonly log: SyncLog,
    /** How long a start waits to hear which version to serve before answering from its own files. */
    private readonly startWaitMs = 5_000,
  ) {
    this.#served = new ServedVersion(shared, host, log, () => this.#turns.stopped);
  }

  /** The shared version this host serves; undefined while it answers from its own files alone. */
  get serving(): number | undefined {
    return this.#served.version;
  }

  /** Starts listening; resolves once this host serves the shared version, or after `startWaitMs`. */
  async start(): Promise<void> {
    const own = await this.lastGood.read();
    this.#served.hash = own ? copyHash(own) : undefined;
    this.#served.pending = own ? { at: 0 } : undefined;
    let first: () => void = () => {};
    const caughtUp = new Promise<void>((resolve) => (first = resolve));
    this.shared.listen(
      (version) => this.#announced(version),
      () => void this.catchUp().finally(first),
    );
    // Each heartbeat also catches up: a connection dropped without a word misses announcements.
    this.#turns.every(() => void this.#served.report().then(() => this.catchUp()), HEARTBEAT_MS);
    await within(this.startWaitMs, caughtUp);
  }

  #announced(version: number): void {
    const serving = this.#served.version;
    if (serving === undefined || version > serving) return void this.catchUp();
    if (version < serving) this.log.info({ version, serving }, 'an older knowledge version was announced: ignored');
  }

  /** Serves the newest shared version (publishing this host's own when it has one not shared yet). */
  catchUp(): Promise<void> {
    return this.#catchUps.run();
  }

  /** What the last reload here came to when shared; undefined when it did not apply. */
  get lastPublished(): Published | undefined {
    return this.#lastPublished;
  }

  /** Reloads this host's files and, when they load, shares them as the newest version. */
  async reload(origin: ReloadOrigin, guard?: ReloadGuard): Promise<{ report: ReloadReport; published?: Published }> {
    this.#lastPublished = undefined;
    const outcome = await this.#turns.exclusive(() => this.#reload(origin, guard));
    this.#lastPublished = outcome.published;
    return outcome;
  }

  async #reload(origin: ReloadOrigin, guard?: ReloadGuard): Promise<{ report: ReloadReport; published?: Published }> {
    const report = await this.reloader.reload(origin, guard);
    if (!report.ok) return { report };
    if (this.reloader.appliedCopy === undefined)
      return {
        report,
        published: { reason: `the files could not be kept in ${this.lastGood.dataDir}`, later: false },
      };
    const copy = await this.lastGood.read();
    if (!copy) return { report, published: { reason: 'the files kept could not be read back', later: false } };
    this.#served.pending = { at: Date.now() };
    this.#served.hash = copyHash(copy);
    const head = await this.#served.publish(copy, 'unlessSame');
    if (!('reason' in head)) return { report, published: { version: head.version } };
    this.log.warn({ reason: head.reason }, 'the reload could not be shared yet');
    return { report, published: { reason: head.reason, later: true } };
  }

  async #catchUp(): Promise<void> {
    if (this.#turns.stopped) return;
    let latest = await this.shared.latest();
    const pending = this.#served.pending;
    if (pending && (!latest || latest.at < pending.at || pending.at === 0)) {
      const copy = await this.lastGood.read();
      const head = copy && (await this.#served.publish(copy, pending.at === 0 ? 'ifNone' : 'unlessSame'));
      if (head && 'reason' in head) return; // still pending: tried again at the next catch-up
      if (head) latest = head;
    }
    this.#served.pending = undefined;
    if (!latest || latest.version === this.#served.version) return this.#served.report();
    if (latest.hash === this.#served.hash) return this.#served.serve(latest.version, latest.hash);
    const loaded = await loadVersion(this.shared, this.reloader, this.lastGood, latest.version).catch(
      (error: unknown) => ({ ok: false as const, busy: false, reason: reasonOf(error) }),
    );
    if (loaded.ok) {
      this.log.info(
        { version: latest.version, from: loaded.row.host, ms: loaded.ms },
        'now serving the shared version',
      );
      return this.#served.serve(latest.version, loaded.row.hash);
    }
    // A reload from the console is under way: this one comes after it.
    if (loaded.busy) return this.#turns.later(() => void this.catchUp(), BUSY_RETRY_MS);
    this.#served.failed = { version: latest.version, reason: loaded.reason };
    this.log.warn({ version: latest.version, reason: loaded.reason }, 'the shared version could not be loaded');
    await this.#served.report();
  }

  /** Stops listening and says this host is gone (at most 1 s: the database may be down). */
  async stop(): Promise<void> {
    this.#turns.stop();
    await within(
      1_000,
      this.shared.leave(this.host).catch(() => {}),
    );
    await within(1_000, this.shared.close());
  }
}
