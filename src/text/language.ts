import { franc } from 'franc-min';
import { tur } from 'stopword';
import { isEverydayWord } from './english-frequency.ts';
import { transliteratedLanguage } from './transliterated.ts';

/**
 * The languages people write about this conflict in besides English, which the bot tells apart
 * so that it can say it reads English rather than answer a message it cannot read. Other
 * languages are matched as before: synonyms.yaml and the foreign function words read a German or
 * French message's key terms.
 */
export type OtherLanguage = 'Turkish' | 'Azerbaijani' | 'Russian' | 'Ukrainian' | 'Armenian';

const CYRILLIC: Readonly<Record<string, OtherLanguage>> = { rus: 'Russian', ukr: 'Ukrainian' };
/** Letters English never uses and these languages do: a message with them is not English. */
const TURKIC_LETTERS = /[ğışİəƏĞŞ]/u;
/** Turkish function words (Azerbaijani shares most: "bu", "bir", "və" aside). */
const TURKIC_WORDS: ReadonlySet<string> = new Set([
  ...tur,
  've',
  'və',
  'deyil',
  'değil',
  'mi',
  'mı',
  'mu',
  'mü',
  'ki',
  'ilə',
  'üçün',
]);
/** Latin-script languages franc chooses among: German must not read as Turkish for lack of a better guess. */
const LATIN = ['eng', 'tur', 'azj', 'deu', 'fra', 'spa', 'ita', 'nld', 'pol', 'por'];
/** A message with at least this share of everyday English words is English, whatever franc says of its names. */
const ENGLISH_SHARE = 0.34;
/** franc's reading of a few words is a guess: fewer words than this are English unless their script says otherwise. */
const MIN_WORDS = 3;

/**
 * The other language a message is written in, or undefined for English (and for languages the
 * bot matches as it always has). The script decides first (Armenian, Cyrillic); a Latin-script
 * message is Turkish or Azerbaijani only when franc says so, it has the languages' own letters or
 * function words, and most of its words are not everyday English: "Karabakh is Azerbaijan" is
 * English, though franc reads its names as Turkish.
 */
export function otherLanguageOf(text: string): OtherLanguage | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return undefined;
  const share = (pattern: RegExp) => (text.match(pattern)?.length ?? 0) / letters;
  if (share(/\p{Script=Armenian}/gu) > 0.5) return 'Armenian';
  if (share(/\p{Script=Cyrillic}/gu) > 0.5)
    return CYRILLIC[franc(text, { only: ['rus', 'ukr'], minLength: 1 })] ?? 'Russian';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const transliterated = transliteratedLanguage(words);
  if (transliterated) return transliterated;
  if (words.length < MIN_WORDS && !TURKIC_LETTERS.test(text)) return undefined;
  const guess = franc(text, { only: LATIN, minLength: 1 });
  if (guess !== 'tur' && guess !== 'azj') return undefined;
  // Its own letters or its function words: franc alone reads some English names as Turkish.
  if (!TURKIC_LETTERS.test(text) && words.filter((w) => TURKIC_WORDS.has(w)).length < 2) return undefined;
  const english = words.filter((w) => isEverydayWord(w)).length / words.length;
  if (english >= ENGLISH_SHARE) return undefined;
  return guess === 'azj' || /[əƏ]/u.test(text) ? 'Azerbaijani' : 'Turkish';
}
