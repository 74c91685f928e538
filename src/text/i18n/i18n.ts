// The interface's words in the member's language, through i18next, initialised once and
// synchronously from the bundled catalogues: no backend, no network, nothing to wait for.
import i18next, { type i18n } from 'i18next';
import type { MessageKey } from './catalogue.ts';
import { CATALOGUES } from './catalogues.ts';
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

const translators = new Map<Language, Translate>();

/** The interface in `language`: `t("answer.readArticle")`, `t("help.cooldown", { seconds: 5 })`. */
export function translator(language: Language = 'en'): Translate {
  let t = translators.get(language);
  if (!t) {
    const fixed = shared().getFixedT(language);
    t = (key, vars) => fixed(key, vars ?? {});
    translators.set(language, t);
  }
  return t;
}

/** The English interface: the console, the CLI, and every reply built without a language. */
export const english: Translate = (key, vars) => translator('en')(key, vars);
