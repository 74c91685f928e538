// The interface languages, and which one a member gets: the server's choice (/settings language),
// else their Discord client's locale where we have it, else English. Azerbaijani and Armenian are
// not Discord client locales, so only a server's setting selects them.

/** The languages the interface is written in. */
export const LANGUAGES = ['en', 'tr', 'ru', 'az', 'hy'] as const;

/** An interface language: English, Turkish, Russian, Azerbaijani or Armenian. */
export type Language = (typeof LANGUAGES)[number];

/** A server's language setting: one language for everyone, or each member's client locale. */
export type LanguageSetting = Language | 'auto';

/**
 * The choices of /settings language, each language named in itself (and in English, for the admin
 * who reads neither), "auto" first: the default.
 */
export const LANGUAGE_CHOICES: readonly { name: string; value: LanguageSetting }[] = [
  { name: 'auto: each member’s Discord language (Turkish, Russian, else English)', value: 'auto' },
  { name: 'English', value: 'en' },
  { name: 'Türkçe (Turkish)', value: 'tr' },
  { name: 'Русский (Russian)', value: 'ru' },
  { name: 'Azərbaycan dili (Azerbaijani)', value: 'az' },
  { name: 'Հայերեն (Armenian)', value: 'hy' },
];

/** Whether a stored or typed value is a language we write in. */
export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** Discord's client locales we translate for ("tr", "ru"); anything else reads English. */
const CLIENT_LOCALES: Readonly<Record<string, Language>> = { tr: 'tr', ru: 'ru' };

/** The language of a reply: the server's setting, else the member's client locale, else English. */
export function languageFor(setting: LanguageSetting | undefined, locale: string | undefined): Language {
  if (setting !== undefined && setting !== 'auto') return setting;
  return (locale && CLIENT_LOCALES[locale]) || 'en';
}
