import type { ServerSettings } from '../stores/records.ts';
import { LANGUAGE_CHOICES } from '../text/i18n/languages.ts';
import { notice, type Reply } from './view.ts';
import { slashCommand } from '../text/command-names.ts';

/** The environment's defaults a server's settings fall back to. */
export interface SettingDefaults {
  readonly ASK_COOLDOWN_SECONDS: number;
  /** COMMAND_PREFIX: the commands are named as registered (`/<prefix>ask`). */
  readonly COMMAND_PREFIX?: string;
}

/** What /settings did, and what it could not. */
export interface SettingsState {
  readonly changed: boolean;
  readonly saved: boolean;
  /** Why settings cannot be read or kept right now, if they cannot. */
  readonly unavailable: string | undefined;
  /** Whether questions are recorded at all (INSIGHTS=on): store_questions means nothing otherwise. */
  readonly recording: boolean;
}

/** The server's language as /settings lists it; the article's words stay in English whichever it is. */
function languageLine(language: ServerSettings['language']): string {
  if (language === undefined) return 'each member’s Discord language: Turkish, Russian, else English (default)';
  const name = LANGUAGE_CHOICES.find((c) => c.value === language)?.name ?? language;
  return `${name} for everyone; the article is quoted in English`;
}

/** A server's settings, each marked as its own or the default; or why they could not be saved. */
export function settingsReply(settings: ServerSettings, defaults: SettingDefaults, state: SettingsState): Reply {
  if (!state.saved || (state.unavailable && state.changed)) {
    const why = state.unavailable ?? 'unknown reason';
    return notice('Settings not saved', `The settings cannot be stored: ${why}. Nothing changed.`, 'error');
  }
  const mark = (own: boolean) => (own ? '' : ' (default)');
  const [ask, insights] = ['ask', 'insights'].map((name) => slashCommand(defaults.COMMAND_PREFIX ?? '', name));
  const { visibility, cooldownSeconds, storeText, mentions, publicAnswers, language } = settings;
  const cooldown = cooldownSeconds ?? defaults.ASK_COOLDOWN_SECONDS;
  // Public answers off overrides the default visibility: every answer is private then.
  const answers =
    publicAnswers === false
      ? 'only the asker sees them, always (public answers are off)'
      : visibility === 'ephemeral'
        ? 'only the asker sees them'
        : 'public';
  const ownAnswers = visibility !== undefined || publicAnswers !== undefined;
  const kept = storeText === false ? 'not stored, outcomes only' : `stored for ${insights}`;
  const text = `${kept}${mark(storeText !== undefined)}`;
  const lines = [
    `**Answers to ${ask}:** ${answers}${mark(ownAnswers)}`,
    `**${ask} cooldown:** ${cooldown} seconds${mark(cooldownSeconds !== undefined)}`,
    // With insights off nothing is recorded, whatever the choice; it is kept for when they are on.
    `**Question text:** ${state.recording ? text : `none recorded, insights are off (INSIGHTS=off); when on: ${text}`}`,
    `**Mentions:** ${mentions === false ? 'off, ignored' : 'answered'}${mark(mentions !== undefined)}`,
    `**Public answers:** ${publicAnswers === false ? 'off' : 'on'}${mark(publicAnswers !== undefined)}`,
    `**Language:** ${languageLine(language)}`,
  ];
  if (storeText === false) {
    lines.push(
      '',
      'Text already stored stays until it expires; ' + '`npm run insights -- --purge-guild <id>` deletes it now.',
    );
  }
  if (state.unavailable) {
    lines.push('', `Settings cannot be read right now (${state.unavailable}): these are the defaults.`);
  }
  const title = state.changed ? 'Settings saved' : 'Settings for this server';
  return { cards: [{ tone: 'browse', title, description: lines.join('\n') }], rows: [], ephemeral: true };
}
