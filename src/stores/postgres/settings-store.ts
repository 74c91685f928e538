import type { ServerSettings } from '../records.ts';
import type { SettingsStore } from '../settings.ts';
import { query } from './connection.ts';
import type { PostgresDatabase } from './database.ts';
import { isLanguage } from '../../text/i18n/languages.ts';

interface SettingsRow {
  visibility: string | null;
  cooldown_seconds: number | null;
  store_text: boolean | null;
  mentions: boolean | null;
  public_answers: boolean | null;
  language: string | null;
}

/** Servers' settings in PostgreSQL, one row per server; a missing value is null, the default. */
export class PostgresSettingsStore implements SettingsStore {
  constructor(private readonly db: PostgresDatabase) {}

  async read(guildId: string): Promise<ServerSettings> {
    const { rows } = await query<SettingsRow>(
      await this.db.ready(),
      `SELECT visibility, cooldown_seconds, store_text, mentions, public_answers, language FROM server_settings
       WHERE guild_id = $1`,
      [guildId],
    );
    const row = rows[0];
    if (!row) return {};
    return {
      visibility: row.visibility === 'public' || row.visibility === 'ephemeral' ? row.visibility : undefined,
      cooldownSeconds: row.cooldown_seconds ?? undefined,
      storeText: row.store_text ?? undefined,
      mentions: row.mentions ?? undefined,
      publicAnswers: row.public_answers ?? undefined,
      language: isLanguage(row.language) ? row.language : undefined,
    };
  }

  async write(guildId: string, s: ServerSettings): Promise<void> {
    await query(
      await this.db.ready(),
      `INSERT INTO server_settings
         (guild_id, visibility, cooldown_seconds, store_text, mentions, public_answers, language)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (guild_id) DO UPDATE SET visibility = excluded.visibility,
       cooldown_seconds = excluded.cooldown_seconds, store_text = excluded.store_text,
       mentions = excluded.mentions, public_answers = excluded.public_answers, language = excluded.language`,
      [
        guildId,
        s.visibility ?? null,
        s.cooldownSeconds ?? null,
        s.storeText ?? null,
        s.mentions ?? null,
        s.publicAnswers ?? null,
        s.language ?? null,
      ],
    );
  }

  async forget(guildId: string): Promise<void> {
    await query(await this.db.ready(), 'DELETE FROM server_settings WHERE guild_id = $1', [guildId]);
  }
}
