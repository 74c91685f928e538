// Commands' names and descriptions in Discord's client languages we translate for (Turkish,
// Russian), put into the JSON Discord registers: each member sees the words of their client's
// language, while interactions still arrive under the English names, so routing is unchanged.
import type {
  APIApplicationCommandOption,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMAND_TEXTS, type CommandText } from '../text/i18n/command-texts.ts';
import { prefixedName } from '../text/command-names.ts';

type Locale = keyof typeof COMMAND_TEXTS;
const LOCALES = Object.keys(COMMAND_TEXTS) as Locale[];

/** The translated words of one command or option in every locale that has them. */
type Texts = Partial<Record<Locale, CommandText>>;

/** `{ tr: …, ru: … }` of what `pick` finds in each locale's words, or undefined when none has it. */
function localizations(texts: Texts, pick: (t: CommandText) => string | undefined) {
  const found = LOCALES.flatMap((l) => {
    const text = texts[l] && pick(texts[l]);
    return text ? [[l, text] as const] : [];
  });
  return found.length > 0 ? Object.fromEntries(found) : undefined;
}

/** The words of an option (or subcommand) named `name`, in each locale, from its parent's. */
const childTexts = (texts: Texts, name: string): Texts =>
  Object.fromEntries(LOCALES.map((l) => [l, texts[l]?.options?.[name]]).filter(([, t]) => t !== undefined));

/** An option, and the options inside it (a subcommand's), with their localizations. */
function localizedOption(option: APIApplicationCommandOption, texts: Texts): APIApplicationCommandOption {
  const names = localizations(texts, (t) => t.name);
  const descriptions = localizations(texts, (t) => t.description);
  const inner =
    'options' in option && option.options
      ? { options: option.options.map((o) => localizedOption(o, childTexts(texts, o.name))) }
      : {};
  return {
    ...option,
    ...(names ? { name_localizations: names } : {}),
    ...(descriptions ? { description_localizations: descriptions } : {}),
    ...inner,
  } as APIApplicationCommandOption;
}

/**
 * A slash command's JSON with its localizations. `englishName` is the command's own name (before
 * COMMAND_PREFIX); the prefix goes in front of every translated name too, so that the bot's
 * commands stay together in every language.
 */
export function localizedCommand(
  json: RESTPostAPIChatInputApplicationCommandsJSONBody,
  englishName: string,
  prefix: string,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const texts: Texts = Object.fromEntries(LOCALES.map((l) => [l, COMMAND_TEXTS[l][englishName]]));
  const names = localizations(texts, (t) => t.name && prefixedName(prefix, t.name));
  const descriptions = localizations(texts, (t) => t.description);
  return {
    ...json,
    ...(names ? { name_localizations: names } : {}),
    ...(descriptions ? { description_localizations: descriptions } : {}),
    ...(json.options ? { options: json.options.map((o) => localizedOption(o, childTexts(texts, o.name))) } : {}),
  };
}

/** A message command's JSON with its name in each translated locale (it has no description). */
export function localizedMessageCommand(
  json: RESTPostAPIContextMenuApplicationCommandsJSONBody,
): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  const texts: Texts = Object.fromEntries(LOCALES.map((l) => [l, COMMAND_TEXTS[l][json.name]]));
  const names = localizations(texts, (t) => t.name);
  return names ? { ...json, name_localizations: names } : json;
}
