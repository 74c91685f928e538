// What hosts sharing one database (DATABASE_URL) keep there so that they all answer from one
// knowledge base: its versions, each the files' text as one reload read them, and what each host
// serves. The PostgreSQL side is stores/postgres/knowledge-versions.ts.

/** Where a host's notes on syncing go: the log. */
export interface SyncLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** How often a host says it is there; one silent for LIVE_MS is taken to have stopped. */
export const HEARTBEAT_MS = 30_000;
export const LIVE_MS = 90_000;

/** One version of the knowledge base, as published by the host whose /reload read the files. */
export interface KnowledgeVersion {
  /** Grows with each publication: a higher version is newer. */
  readonly version: number;
  /** SHA-256 of the files (copyHash): the same files published twice have the same hash. */
  readonly hash: string;
  /** The files, as a last good copy's JSON (last-good.ts): what a host unpacks and loads. */
  readonly copy: string;
  /** The host that published it. */
  readonly host: string;
}

/** What one host (one process: a bot, or one shard process) says it serves. */
export interface HostState {
  readonly host: string;
  /** The version it serves; undefined while it answers from its own files, shared with none. */
  readonly version: number | undefined;
  /** The latest version it tried, when that failed to load: why (it keeps serving `version`). */
  readonly failed?: { readonly version: number; readonly reason: string } | undefined;
  /** When it last said so (ms since the epoch): a host silent for long has stopped. */
  readonly seenAt: number;
}

/** The newest version's number, hash and publication time (the database's clock, ms), without its files. */
export type VersionHead = Pick<KnowledgeVersion, 'version' | 'hash'> & { readonly at: number };

/**
 * When `publish` adds a version: `unlessSame` unless the newest already has these files (the shards
 * of one host each publish the same reload, as one version); `ifNone` only on an empty database
 * (hosts starting together publish one first version, not one each).
 */
export type PublishRule = 'unlessSame' | 'ifNone';

/** The shared record of versions and hosts, and how a host hears of a new version. */
export interface SharedKnowledge {
  /** The newest version; undefined before the first. */
  latest(): Promise<VersionHead | undefined>;
  /** One version with its files. */
  fetch(version: number): Promise<KnowledgeVersion | undefined>;
  /**
   * Adds a version and tells every listening host, in one transaction, under `rule`, atomically
   * across hosts; resolves with the newest version after (the one added, or the one that stood).
   */
  publish(hash: string, copy: string, host: string, rule: PublishRule): Promise<VersionHead>;
  /** Records what `host` serves now (and what failed, if anything), at the database's time. */
  report(state: Omit<HostState, 'seenAt'>): Promise<void>;
  /** Every host heard from in the last `withinMs` (by the database's clock). */
  hosts(withinMs: number): Promise<HostState[]>;
  /** Forgets a host that stops. */
  leave(host: string): Promise<void>;
  /**
   * Hears of published versions: `onVersion` with each number announced, `onConnected` each time
   * the listening connection is made (again), when versions announced meanwhile were missed.
   */
  listen(onVersion: (version: number) => void, onConnected: () => void): void;
  /** Stops listening and closes the connections. */
  close(): Promise<void>;
}
