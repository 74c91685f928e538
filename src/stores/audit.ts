// The audit trail behind a small async interface: every reload (who, how, what changed) and the
// knowledge base's version at each start.
import type { KnowledgeVersion, ReloadEvent } from './records.ts';

/** Where the audit trail is kept; may reject with the database's error. */
export interface AuditStore {
  recordReload(event: ReloadEvent): Promise<void>;
  /** Records the knowledge base's version (a content hash) at a start. */
  recordVersion(version: KnowledgeVersion): Promise<void>;
  /**
   * The last `limit` reloads, newest first. With `guildId`, who ran each is left out unless it was
   * run from that server.
   */
  reloads(limit: number, guildId?: string): Promise<readonly ReloadEvent[]>;
  /** The version recorded last, if any. */
  latestVersion(): Promise<KnowledgeVersion | undefined>;
  /** How many reloads run from one server are kept. */
  countGuild(guildId: string): Promise<number>;
  /** Deletes the reloads run from one server; how many. */
  purgeGuild(guildId: string): Promise<number>;
  /** Deletes the reloads older than `before` (ms): the audit trail keeps names, so it expires too. */
  purgeBefore(before: number): Promise<number>;
}
