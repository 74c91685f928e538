/** One sentence of a text and where it starts. */
export interface Sentence {
  /** Offset of its first character in the text. */
  readonly start: number;
  /** The sentence, trimmed. */
  readonly text: string;
}

// A period after these is not the end of a sentence ("Chiragov and Others v. Armenia", "St. Petersburg").
const ABBREVIATIONS = new Set([
  'v',
  'vs',
  'st',
  'mr',
  'mrs',
  'ms',
  'dr',
  'no',
  'nos',
  'art',
  'arts',
  'para',
  'p',
  'pp',
  'e.g',
  'i.e',
  'cf',
  'etc',
  'al',
  'gen',
  'prof',
  'jr',
  'sr',
  'u.s',
  'u.n',
  'ca',
  'approx',
  'vol',
  'ch',
  'sec',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'op',
  'ibid',
]);
// Edited prose: an end mark, closing quotes or brackets, space, and a capital or digit next.
const PROSE_BOUNDARY = /[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;
// Chat: people start sentences in lower case and end them with a line break, or with "?!" runs.
const CHAT_BOUNDARY = /[.!?;]+["'”’)\]]*\s+|\n+/gu;

/**
 * The sentences of edited prose with their offsets. Abbreviations and initials do not end a
 * sentence.
 */
export function sentencesOf(text: string): Sentence[] {
  return split(text, PROSE_BOUNDARY);
}

/**
 * The sentences of a chat message: as sentencesOf, but a line break always ends one and the next
 * may start in lower case; a semicolon ends one too ("Azerbaijan won; Artsakh is gone").
 */
export function messageSentences(text: string): Sentence[] {
  return split(text, CHAT_BOUNDARY);
}

// Clauses: commas, semicolons and colons, and "but". Dashes are left alone: they set off an aside
// ("On 2 March 1992 – three weeks before … – both joined the UN"), which is not a claim of its own.
const CLAUSE_BOUNDARY = /[,;:]\s+|\s+but\s+/gu;

/** The clauses of one sentence, for a long statement that makes its point in one of them. */
export function clausesOf(text: string): Sentence[] {
  return split(text, CLAUSE_BOUNDARY);
}

// Claims joined in one sentence: as clauses, and at "and" / "and also" / "while".
const CLAIM_BOUNDARY = /[,;:]\s+|\s+(?:but|and(?: also)?|while|whereas)\s+/gu;

/**
 * The parts of a message that may each make a claim: its sentences, or the parts of its one
 * sentence ("Karabakh was always Armenian and the referendum was legal" is two). Splitting at
 * "and" also cuts "Armenia and Azerbaijan"; such a part has too little to be answered alone.
 */
export function claimParts(text: string): Sentence[] {
  const sentences = messageSentences(text);
  if (sentences.length >= 2) return sentences;
  // The joining word stays with the part before it: it is no part of that claim.
  return split(text, CLAIM_BOUNDARY)
    .map((part) => ({
      ...part,
      text: part.text.replace(/(?:[\s,;:]+(?:but|and(?: also)?|while|whereas))?[\s,;:]*$/iu, ''),
    }))
    .filter((part) => part.text !== '');
}

function split(text: string, boundary: RegExp): Sentence[] {
  const found: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') found.push({ start: start + lead, text: raw.trim() });
  };
  for (const match of text.matchAll(boundary)) {
    if (!match[0].includes('\n') && endsInAbbreviation(text, match.index)) continue;
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return found;
}

/** Whether the period at `at` closes an abbreviation or an initial rather than a sentence. */
function endsInAbbreviation(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  const word = before.toLowerCase().replace(/^\.+|\.+$/g, '');
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before);
}
