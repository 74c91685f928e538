import transliterate from '@sindresorhus/transliterate';

/** Longest user input, in characters (code points), that any search does work on. */
export const MAX_INPUT_CHARS = 300;

// Zero-width, bidi-control, soft-hyphen and variation-selector characters: invisible in Discord,
// but they split words ("Kara\u200Bbakh") or hide in copied text.
const INVISIBLE = /[\u00AD\u034F\u061C\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]/gu;
// Control characters (terminal escapes, C1 codes) are not part of any word: a space, not nothing,
// so "armenia\u009b31m" is "armenia" and "31m", never one unknown word.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const QUOTE_MARKS = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/gu;
const DOUBLE_QUOTE_MARKS = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/gu;

/**
 * Cuts text to at most `max` code points, so an emoji or surrogate pair is never split
 * and no later step ever works on more than the cap.
 */
export function capInput(text: string, max = MAX_INPUT_CHARS): string {
  if (text.length <= max) return text;
  return Array.from(text.slice(0, max * 2))
    .slice(0, max)
    .join('');
}

/** Straightens curly quotes, removes invisible characters, spaces out control ones; keeps the rest. */
export function straightenQuotes(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(QUOTE_MARKS, "'").replace(DOUBLE_QUOTE_MARKS, '"');
}

// A word: letters and digits, with inner apostrophes ("don't", "armenia's") and digit groups
// ("780,000", "8.4") kept together so that they can be joined up.
const WORD = /\d+(?:[,.]\d+)+|[a-z0-9]+(?:'[a-z0-9]+)*/g;

/**
 * The words of a text, folded for matching: NFKC, invisible characters removed, diacritics and
 * letters such as Ə, ı and İ transliterated to ASCII (so "Əliyev" and "Aliyev" meet), lower case,
 * possessive "'s" dropped, other apostrophes removed ("don't" is "dont"), digit groups joined
 * ("780,000" is "780000"); every other character separates words.
 */
export function foldedWords(text: string): string[] {
  // Plain ASCII, most of any English text, needs none of the Unicode work.
  const ascii = /^[\t\n\r\x20-\x7e]*$/.test(text) ? text : transliterate(straightenQuotes(text.normalize('NFKC')));
  const found = ascii.toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < found.length; i++) {
    const word = found[i] ?? '';
    if (word.includes("'")) found[i] = word.replace(/'s$/, '').replace(/'/g, '');
    else if (word.includes(',') || word.includes('.')) found[i] = word.replace(/[,.]/g, '');
  }
  return found;
}

/**
 * Calls `visit` with each folded word of a text, exactly as foldedWords would list them. Plain
 * ASCII, nearly all of a knowledge base, is scanned by hand: indexing 10,000 entries folds two
 * million words, and a regular expression's match arrays were a third of the work.
 */
export function eachFoldedWord(text: string, visit: (word: string) => void): void {
  if (!/^[\t\n\r\x20-\x7e]*$/.test(text)) {
    for (const word of foldedWords(text)) visit(word);
    return;
  }
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isAlnum(c)) {
      i++;
      continue;
    }
    // As WORD: first a digit group ("780,000", "8.4"), else letters and digits with inner apostrophes.
    if (isDigit(c)) {
      let j = i;
      while (j < n && isDigit(lower.charCodeAt(j))) j++;
      let grouped = false;
      while (
        j + 1 < n &&
        (lower.charCodeAt(j) === 44 || lower.charCodeAt(j) === 46) &&
        isDigit(lower.charCodeAt(j + 1))
      ) {
        j++;
        while (j < n && isDigit(lower.charCodeAt(j))) j++;
        grouped = true;
      }
      if (grouped) {
        visit(lower.slice(i, j).replace(/[,.]/g, ''));
        i = j;
        continue;
      }
    }
    let j = i;
    let apostrophe = false;
    for (;;) {
      while (j < n && isAlnum(lower.charCodeAt(j))) j++;
      if (j + 1 < n && lower.charCodeAt(j) === 39 && isAlnum(lower.charCodeAt(j + 1))) {
        apostrophe = true;
        j++;
        continue;
      }
      break;
    }
    const word = lower.slice(i, j);
    visit(apostrophe ? word.replace(/'s$/, '').replace(/'/g, '') : word);
    i = j;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The folded words of a text joined by single spaces (see foldedWords). */
export function foldText(text: string): string {
  return foldedWords(text).join(' ');
}

/**
 * The comparison form for verbatim checks: insensitive to runs of whitespace and to the kind
 * of quote mark, sensitive to everything else (a quote must be the article's own words).
 */
export function verbatimForm(text: string): string {
  return straightenQuotes(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
}
