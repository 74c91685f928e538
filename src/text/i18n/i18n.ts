// The interface's words in the member's language, through i18next, initialised once and
// synchronously from the bundled catalogues: no backend, no network, nothing to wait for.
import i18next, { type i18n } from 'i18next';
import type { MessageKey } from './catalogue.ts';
import { CATALOGUES } from './catalogues.ts';
import { COMMAND_TEXTS } from './command-texts.ts';
import { slashCommand } from '../command-names.ts';
import type { Language } from './languages.ts';

/** Values filled into a string's `{{name}}` places. */
export type Vars = Readonly<Record<string, string | number>>;

/** A string of the interface in one language, its `{{name}}` places filled in. */
export type Translate = (key: MessageKey, vars?: Vars) => string;

let instance: i18n | undefined;

/** The one i18next instance, made on first use: catalogues bundled, English for anything missing. */
function shared(): i18n {
  if (instance) return instance;
  const made = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries(CATALOGUES).map(([lng, c]) => [lng, { translation: c }]));
  void made.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    // Replies are Discord markdown, not HTML: nothing to escape; values are never markup we add.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  instance = made;
  return made;
}

const translators = new Map<string, Translate>();

/**
 * The commands a string may name (`{{ask}}`, `{{section}}`, `{{source}}`), as members type them:
 * COMMAND_PREFIX first, then the name in the language where Discord shows one (Turkish and
 * Russian clients), else the English name (Azerbaijani and Armenian are not Discord locales).
 */
function commandNames(language: Language, prefix: string): Vars {
  const texts = language === 'tr' || language === 'ru' ? COMMAND_TEXTS[language] : undefined;
  const name = (base: string) => slashCommand(prefix, texts?.[base]?.name ?? base);
  return { ask: name('ask'), section: name('section'), source: name('source') };
}

/**
 * The interface in `language`: `t("answer.readArticle")`, `t("help.cooldown", { seconds: 5 })`.
 * `commandPrefix` is COMMAND_PREFIX, so that a reply names the commands as they are registered;
 * `clientLanguage` is the member's Discord client's, which decides the names their client lists
 * (a server set to Turkish still has members whose client lists /ask).
 */
export function translator(language: Language = 'en', commandPrefix = '', clientLanguage = language): Translate {
  const key = `${language}\u0000${commandPrefix}\u0000${clientLanguage}`;
  let t = translators.get(key);
  if (!t) {
    const fixed = shared().getFixedT(language);
    const commands = commandNames(clientLanguage, commandPrefix);
    t = (id, vars) => fixed(id, { ...commands, ...vars });
    translators.set(key, t);
  }
  return t;
}

/** The English interface: the console, the CLI, and every reply built without a language. */
export const english: Translate = (key, vars) => translator('en')(key, vars);
