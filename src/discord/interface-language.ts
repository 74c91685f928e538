// Which language an interaction is answered in, decided at the Discord edge: the server's
// /settings language when set, else the member's Discord client language (interaction.locale)
// where we have a catalogue for it, else English. The core takes the result as plain data.
import { settingsWithin } from '../answer/settings-budget.ts';
import type { ServerSettings } from '../stores/records.ts';
import { translator, type Translate } from '../text/i18n/i18n.ts';
import { languageFor, type Language } from '../text/i18n/languages.ts';
import type { BotContext } from './bot-context.ts';

/** What the edge needs of an interaction to choose its language. */
export interface Localised {
  readonly guildId: string | null;
  /** The member's Discord client language ("tr", "ru", "en-US"). */
  readonly locale: string;
}

/** An interaction's interface language and its translator. */
export interface InterfaceLanguage {
  readonly language: Language;
  readonly t: Translate;
}

/** The language for `settings` already read (undefined: not in time) and the member's locale. */
export function languageWith(
  settings: ServerSettings | undefined,
  locale: string | undefined,
  commandPrefix = '',
): InterfaceLanguage {
  const language = languageFor(settings?.language, locale);
  return { language, t: translator(language, commandPrefix, languageFor(undefined, locale)) };
}

/**
 * The language of one interaction. The server's settings are waited on only within the budget
 * every acknowledgement keeps (settings-budget.ts); when slow, the member's locale decides.
 */
export async function interfaceOf(interaction: Localised, ctx: Pick<BotContext, 'settings' | 'config'>) {
  const settings = interaction.guildId ? await settingsWithin(ctx.settings, interaction.guildId) : undefined;
  return languageWith(settings, interaction.locale, ctx.config.COMMAND_PREFIX);
}
