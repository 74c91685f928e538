import type { ServerSettings } from '../records.ts';
import type { SettingsStore } from '../settings.ts';
import { scrub, type SqliteDatabase } from './database.ts';
import { isLanguage } from '../../text/i18n/languages.ts';

interface SettingsRow {
  visibility: string | null;
  cooldown_seconds: number | null;
  store_text: number | null;
  mentions: number | null;
  public_answers: number | null;
  language: string | null;
}

/** A stored 0 or 1 as a switch; null, never set, as undefined: the default. */
const switchOf = (value: number | null) => (value === null ? undefined : value === 1);
const stored = (value: boolean | undefined) => (value === undefined ? null : Number(value));

/** Servers' settings in the SQLite file, one row per server; a missing value is null, the default. */
export class SqliteSettingsStore implements SettingsStore {
  constructor(private readonly db: SqliteDatabase) {}

  async read(guildId: string): Promise<ServerSettings> {
    const row = this.db
      .prepare(
        `SELECT visibility, cooldown_seconds, store_text, mentions, public_answers, language FROM server_settings
      WHERE guild_id = ?`,
      )
      .get(guildId) as SettingsRow | undefined;
    if (!row) return {};
    return {
      visibility: row.visibility === 'public' || row.visibility === 'ephemeral' ? row.visibility : undefined,
      cooldownSeconds: row.cooldown_seconds ?? undefined,
      storeText: switchOf(row.store_text),
      mentions: switchOf(row.mentions),
      publicAnswers: switchOf(row.public_answers),
      language: isLanguage(row.language) ? row.language : undefined,
    };
  }

  async write(guildId: string, s: ServerSettings): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO server_settings (guild_id, visibility, cooldown_seconds, store_text, mentions, public_answers,
      language) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (guild_id) DO UPDATE SET
      visibility = excluded.visibility, cooldown_seconds = excluded.cooldown_seconds, store_text = excluded.store_text,
      mentions = excluded.mentions, public_answers = excluded.public_answers, language = excluded.language`,
      )
      .run(
        guildId,
        s.visibility ?? null,
        s.cooldownSeconds ?? null,
        stored(s.storeText),
        stored(s.mentions),
        stored(s.publicAnswers),
        s.language ?? null,
      );
  }

  async forget(guildId: string): Promise<void> {
    this.db.prepare('DELETE FROM server_settings WHERE guild_id = ?').run(guildId);
    scrub(this.db);
  }
}
