import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.ts';
import { dayOf, normalizedText, storedText } from './question-text.ts';
import { summaryOf, unansweredOf } from './summary-queries.ts';
import { ANSWERED_VERDICTS, type InsightsStore, type QuestionEvent, type ReloadEvent, type ServerSettings, type VoteOutcome } from './types.ts';

/** The database's file name under DATA_DIR. */
export const DATABASE_FILE = 'counterpoint.sqlite';
/** How long a writer waits for another process's transaction before giving up (ms). */
const BUSY_TIMEOUT_MS = 5_000;

const answered = new Set(ANSWERED_VERDICTS);

/**
 * Insights in one SQLite file (better-sqlite3), safe for several processes at once (every shard of
 * start:sharded): WAL mode, so that readers never block the writer, and a busy timeout, so that
 * writers queue rather than fail. Migrations run at open. Synchronous, like better-sqlite3: the
 * recorder calls it after replies are sent, in batches.
 */
export class SqliteInsightsStore implements InsightsStore {
  readonly #db: Database.Database;
  readonly #insert: Database.Statement;
  readonly #daily: Database.Statement;
  readonly #dailyUnanswered: Database.Statement;

  /** Opens (creating if need be) `DATA_DIR/counterpoint.sqlite`, or `file` as given. */
  static open(dataDir: string, file = path.join(dataDir, DATABASE_FILE)): SqliteInsightsStore {
    mkdirSync(path.dirname(file), { recursive: true });
    return new SqliteInsightsStore(new Database(file, { timeout: BUSY_TIMEOUT_MS }));
  }

  constructor(db: Database.Database) {
    this.#db = db;
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    this.#insert = db.prepare(`INSERT INTO questions (at, guild_id, via, question, normalized, verdict, entry_id, candidates, latency_ms)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.#daily = db.prepare(`INSERT INTO daily VALUES (?, ?, ?, ?, 1)
      ON CONFLICT (day, guild_id, entry_id, answered) DO UPDATE SET count = count + 1`);
    this.#dailyUnanswered = db.prepare(`INSERT INTO daily_unanswered VALUES (?, ?, ?, 1)
      ON CONFLICT (day, guild_id, normalized) DO UPDATE SET count = count + 1`);
  }

  recordQuestions(events: readonly QuestionEvent[]): void {
    this.#db.transaction(() => {
      for (const e of events) {
        const text = e.question === undefined ? null : storedText(e.question);
        const normalized = text === null ? null : normalizedText(text);
        const isAnswered = answered.has(e.verdict);
        this.#insert.run(e.at, e.guildId, e.via, text, normalized, e.verdict, e.entryId ?? null, JSON.stringify(e.candidates), e.latencyMs);
        const day = dayOf(e.at);
        this.#daily.run(day, e.guildId ?? '', e.entryId ?? '', isAnswered ? 1 : 0);
        if (!isAnswered && normalized) this.#dailyUnanswered.run(day, e.guildId ?? '', normalized);
      }
    }).immediate();
  }

  recordReload(e: ReloadEvent): void {
    this.#db.prepare(`INSERT INTO reloads (at, via, by, ok, reason, entries_before, entries_after, added, removed, changed, ms)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(e.at, e.via, e.by ?? null, e.ok ? 1 : 0, e.reason ?? null, e.entriesBefore ?? null,
      e.entriesAfter ?? null, JSON.stringify(e.added), JSON.stringify(e.removed), JSON.stringify(e.changed), e.ms);
  }

  recordVersion(at: number, hash: string, entries: number): void {
    this.#db.prepare('INSERT INTO versions VALUES (?, ?, ?)').run(at, hash, entries);
  }

  vote(voter: string, at: number, guildId: string | null, entryId: string, helpful: boolean): VoteOutcome {
    return this.#db.transaction((): VoteOutcome => {
      const before = this.#db.prepare('SELECT helpful FROM votes WHERE voter = ?').get(voter) as { helpful: number } | undefined;
      if (before && before.helpful === (helpful ? 1 : 0)) return 'again';
      this.#db.prepare(`INSERT INTO votes VALUES (?, ?, ?, ?, ?) ON CONFLICT (voter) DO UPDATE SET helpful = excluded.helpful, at = excluded.at`)
        .run(voter, at, guildId, entryId, helpful ? 1 : 0);
      return before ? 'changed' : 'counted';
    }).immediate();
  }

  summary(options: Parameters<InsightsStore['summary']>[0]) {
    return summaryOf(this.#db, options);
  }

  unanswered(options: Parameters<InsightsStore['unanswered']>[0]) {
    return unansweredOf(this.#db, options);
  }

  settings(guildId: string): ServerSettings {
    const row = this.#db.prepare('SELECT visibility, cooldown_seconds, store_text FROM server_settings WHERE guild_id = ?').get(guildId) as
      { visibility: string | null; cooldown_seconds: number | null; store_text: number | null } | undefined;
    if (!row) return {};
    return {
      visibility: row.visibility === 'public' || row.visibility === 'ephemeral' ? row.visibility : undefined,
      cooldownSeconds: row.cooldown_seconds ?? undefined,
      storeText: row.store_text === null ? undefined : row.store_text === 1,
    };
  }

  saveSettings(guildId: string, s: ServerSettings): void {
    this.#db.prepare(`INSERT INTO server_settings VALUES (?, ?, ?, ?) ON CONFLICT (guild_id) DO UPDATE SET
      visibility = excluded.visibility, cooldown_seconds = excluded.cooldown_seconds, store_text = excluded.store_text`)
      .run(guildId, s.visibility ?? null, s.cooldownSeconds ?? null, s.storeText === undefined ? null : s.storeText ? 1 : 0);
  }

  purgeBefore(before: number): number {
    return this.#db.transaction(() => {
      const { changes } = this.#db.prepare('DELETE FROM questions WHERE at < ?').run(before);
      for (const table of ['daily', 'daily_unanswered']) this.#db.prepare(`DELETE FROM ${table} WHERE day < ?`).run(dayOf(before));
      this.#db.prepare('DELETE FROM votes WHERE at < ?').run(before);
      return changes;
    }).immediate();
  }

  purgeGuild(guildId: string): number {
    return this.#db.transaction(() => {
      const { changes } = this.#db.prepare('DELETE FROM questions WHERE guild_id = ?').run(guildId);
      for (const table of ['daily', 'daily_unanswered', 'votes', 'server_settings']) this.#db.prepare(`DELETE FROM ${table} WHERE guild_id = ?`).run(guildId);
      return changes;
    }).immediate();
  }

  voteKey(): Buffer {
    this.#db.prepare("INSERT OR IGNORE INTO meta VALUES ('vote_key', ?)").run(randomBytes(32));
    return (this.#db.prepare("SELECT value FROM meta WHERE key = 'vote_key'").get() as { value: Buffer }).value;
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
