/**
 * Whether a word the knowledge base does not know says the message is about something else. A
 * word neither the knowledge base nor everyday English knows ("COP29", "mugham", "greenwashing")
 * does; a number or chat shorthand does not: "for 30 years" and "tbh" say nothing of the subject
 * ("for thirty years" never did). The meaning's veto (search/meaning.ts) raises its bar only for
 * words that do. A misspelt everyday word still counts ("ocupy"): taking words one edit from an
 * everyday one as misspellings gave 6 more wrong cards on the real phrasings' halves for 2 more right
 * answers (bench/NOTES.md, seventeenth session).
 */
import { isEverydayWord } from './english-frequency.ts';

/** Chat shorthand: everyday in Discord, absent from the film subtitles everyday English is read from. */
const SHORTHAND: ReadonlySet<string> = new Set([
  ...['tbh', 'imo', 'imho', 'ngl', 'smh', 'idk', 'idc', 'lol', 'lmao', 'lmfao', 'rofl', 'bs', 'afaik', 'iirc'],
  ...['btw', 'fyi', 'pls', 'plz', 'ppl', 'rn', 'bc', 'cuz', 'coz', 'tho', 'thx', 'omg', 'wtf', 'wth', 'fr'],
  ...['irl', 'tldr', 'dm', 'dms', 'op', 'af', 'asf', 'bruh', 'sus', 'lowkey', 'istg', 'ofc', 'ikr', 'nvm', 'jk'],
  ...['ur', 'ya', 'yall', 'gonna', 'wanna', 'gotta', 'kinda', 'sorta', 'dunno', 'aint', 'cmon', 'yep', 'nope'],
]);

/** Whether a folded word, unknown to the knowledge base, names something it has not seen. */
export function isUnfamiliar(word: string): boolean {
  if (isEverydayWord(word) || SHORTHAND.has(word)) return false;
  // Years, counts, decades, ordinals: "30", "1992", "90s", "44th".
  return !/^\d+(s|st|nd|rd|th)?$/.test(word);
}
