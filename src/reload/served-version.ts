// What this host serves of the knowledge the hosts share, and what it says to them about it: the
// version and its files' hash, its own files not shared yet, a version it failed to load.
import { copyHash, type LastGoodCopy } from './last-good.ts';
import type { PublishRule, SharedKnowledge, SyncLog, VersionHead } from './shared-knowledge.ts';

/**
 * The knowledge sync's state of this host (KnowledgeSync keeps it private), with the two things the
 * host says to the others: a publication of the files it serves, and its report of what it serves.
 */
export class ServedVersion {
  /** The shared version this host serves; undefined while it answers from its own files alone. */
  version: number | undefined;
  /** The hash (copyHash) of the files this host serves. */
  hash: string | undefined;
  /**
   * Files this host serves that are not shared yet, and when they were applied: shared at the next
   * catch-up unless a version was published after that. At start (at 0): only if none is shared.
   */
  pending: { readonly at: number } | undefined;
  /** The newest shared version that failed to load here, and why. */
  failed: { version: number; reason: string } | undefined;

  constructor(
    private readonly shared: SharedKnowledge,
    /** This host's name in reports. */
    private readonly host: string,
    private readonly log: SyncLog,
    /** Whether the sync has stopped: then nothing more is reported. */
    private readonly stopped: () => boolean,
  ) {}

  /**
   * Publishes `copy` (which this host serves already) under `rule`: the newest version after, served
   * here when it holds these files, or why it could not be published.
   */
  async publish(copy: LastGoodCopy, rule: PublishRule): Promise<VersionHead | { reason: string }> {
    const hash = copyHash(copy);
    try {
      const head = await this.shared.publish(hash, JSON.stringify(copy), this.host, rule);
      this.pending = undefined;
      if (head.hash === hash) {
        this.log.info({ version: head.version }, 'this host serves the shared version it published');
        await this.serve(head.version, hash);
      }
      return head;
    } catch (error) {
      return { reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Serves `version` (whose files hash to `hash`) from now on, and says so. */
  async serve(version: number, hash: string): Promise<void> {
    this.version = version;
    this.hash = hash;
    this.failed = undefined;
    await this.report();
  }

  /** Tells the other hosts what this one serves (and what failed), unless the sync has stopped. */
  async report(): Promise<void> {
    if (this.stopped()) return;
    await this.shared.report({ host: this.host, version: this.version, failed: this.failed }).catch(() => {
      /* said again at the next heartbeat */
    });
  }
}
