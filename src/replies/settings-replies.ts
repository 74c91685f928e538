import type { ServerSettings } from '../insights/types.ts';
import { notice, type Reply } from './view.ts';

/** The environment's defaults a server's settings fall back to. */
export interface SettingDefaults {
  readonly ASK_COOLDOWN_SECONDS: number;
}

/** A server's settings, each marked as its own or the default; or why they could not be saved. */
export function settingsReply(settings: ServerSettings, defaults: SettingDefaults, state: { changed: boolean; saved: boolean; unavailable: string | undefined }): Reply {
  if (!state.saved || (state.unavailable && state.changed)) {
    return notice('Settings not saved', `The settings cannot be stored: ${state.unavailable ?? 'unknown reason'}. Nothing changed.`, 'error');
  }
  const mark = (own: boolean) => (own ? '' : ' (default)');
  const lines = [
    `**Answers to /ask:** ${settings.visibility === 'ephemeral' ? 'only the asker sees them' : 'public'}${mark(settings.visibility !== undefined)}`,
    `**/ask cooldown:** ${settings.cooldownSeconds ?? defaults.ASK_COOLDOWN_SECONDS} seconds${mark(settings.cooldownSeconds !== undefined)}`,
    `**Question text:** ${settings.storeText === false ? 'not stored, outcomes only' : 'stored for /insights'}${mark(settings.storeText !== undefined)}`,
  ];
  if (settings.storeText === false) lines.push('', 'Text already stored stays until it expires; `npm run insights -- --purge-guild <id>` deletes it now.');
  if (state.unavailable) lines.push('', `The database is unavailable (${state.unavailable}): these are the defaults.`);
  return { cards: [{ tone: 'browse', title: state.changed ? 'Settings saved' : 'Settings for this server', description: lines.join('\n') }], rows: [], ephemeral: true };
}
