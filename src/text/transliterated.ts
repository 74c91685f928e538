import { isEverydayWord } from './english-frequency.ts';

/**
 * Russian and Armenian written in Latin letters, as many in this debate type them ("slushay, a kto
 * napisal etu statyu?", "barev, du inch bot es?"): franc reads only scripts and Latin-script
 * languages with a standard spelling, so the commonest function and chat words of each
 * transliteration are listed here. None is an everyday English word (those are dropped when
 * counting, so "on", "my", "da" never count), and names are not listed: "artsakh hayastan e" is a
 * slogan the bot reads through its synonyms, not a sentence in Armenian.
 */
const RUSSIAN = new Set(
  (
    'eto chto shto kto kak pochemu zachem gde kogda tut vot nu net ya ty vy oni ona menya tebya nas ' +
    'ego uzhe eshche eshe esche tozhe tolko voobshche voobshe vobshe slushay slushai bratan privet spasibo ' +
    'pozhaluysta pozhalujsta khorosho horosho ladno davay davai mozhno nado nuzhno kakoy kakaya kakie ' +
    'kotoryy dlya chtoby esli potomu ochen vsegda nikogda seychas sejchas segodnya statya statyu stati ' +
    'napisal pishesh ponimaesh znaesh dumayu govorit skazal bylo byla budet nichego nikto vsyo etot eta ' +
    'eti etu takoy zdes pravda konechno prosto chelovek lyudi zemlya nashi vashi'
  ).split(' '),
);
const ARMENIAN = new Set(
  (
    'barev du inch inchu inchi inchpes inchqan incha ov em enq eq chem chka vonc vonts voch axper aper ' +
    'akhper jan shat lav hima ira dra mer dzer ayo asa asum gites chgites sarqel sarqvel hodvac hodvacy ' +
    'miakoxmani haskanum hasknum ktsetsi aysor erek vaxe vor bayc karox karogh petq uzum sxal chisht ' +
    'mard ches chenq aveli hetevum grel grats qez qo mek'
  ).split(' '),
);
/** A message is one of these when at least this many of its words, and this share, are that language's. */
const MIN_HITS = 2;
const MIN_SHARE = 0.3;

/**
 * Russian or Armenian in Latin letters: enough of the message's words are that language's, and
 * more of them than everyday English words of three letters or more (the short ones, "du", "es",
 * "e", are as often the other language's).
 */
export function transliteratedLanguage(words: readonly string[]): 'Russian' | 'Armenian' | undefined {
  const english = words.filter((w) => w.length >= 3 && isEverydayWord(w)).length;
  for (const [language, list] of [
    ['Russian', RUSSIAN],
    ['Armenian', ARMENIAN],
  ] as const) {
    const hits = words.filter((w) => list.has(w) && !isEverydayWord(w)).length;
    if (hits >= MIN_HITS && hits >= words.length * MIN_SHARE && hits > english) return language;
  }
  return undefined;
}
