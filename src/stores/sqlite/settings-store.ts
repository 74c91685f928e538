import type { ServerSettings } from '../records.ts';
import type { SettingsStore } from '../settings.ts';
import { scrub, type SqliteDatabase } from './database.ts';
import { isLanguage } from '../../text/i18n/languages.ts';

interface SettingsRow {
  visibility: string | null;
  cooldown_seconds: number | null;
  store_text: number | null;
  language: string | null;
}

/** Servers' settings in the SQLite file, one row per server; a missing value is null, the default. */
export class SqliteSettingsStore implements SettingsStore {
  constructor(private readonly db: SqliteDatabase) {}

  async read(guildId: string): Promise<ServerSettings> {
    const row = this.db
      .prepare(
        `SELECT visibility, cooldown_seconds, store_text, language FROM server_settings
      WHERE guild_id = ?`,
      )
      .get(guildId) as SettingsRow | undefined;
    if (!row) return {};
    return {
      visibility: row.visibility === 'public' || row.visibility === 'ephemeral' ? row.visibility : undefined,
      cooldownSeconds: row.cooldown_seconds ?? undefined,
      storeText: row.store_text === null ? undefined : row.store_text === 1,
      language: isLanguage(row.language) ? row.language : undefined,
    };
  }

  async write(guildId: string, s: ServerSettings): Promise<void> {
    const storeText = s.storeText === undefined ? null : Number(s.storeText);
    this.db
      .prepare(
        `INSERT INTO server_settings (guild_id, visibility, cooldown_seconds, store_text, language)
      VALUES (?, ?, ?, ?, ?) ON CONFLICT (guild_id) DO UPDATE SET visibility = excluded.visibility,
      cooldown_seconds = excluded.cooldown_seconds, store_text = excluded.store_text, language = excluded.language`,
      )
      .run(guildId, s.visibility ?? null, s.cooldownSeconds ?? null, storeText, s.language ?? null);
  }

  async forget(guildId: string): Promise<void> {
    this.db.prepare('DELETE FROM server_settings WHERE guild_id = ?').run(guildId);
    scrub(this.db);
  }
}
