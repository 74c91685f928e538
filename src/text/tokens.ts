// A text's content tokens: its topic-carrying words, folded and stemmed.
import { stemmer } from 'stemmer';
import { splitHashtags } from './message-text.ts';
import { foldedWords } from './normalize.ts';
import { STOP_WORDS } from './stop-words.ts';

/** One content word of a text: its folded surface form and its Porter stem. */
export interface Token {
  readonly word: string;
  readonly stem: string;
}

/** Whether a folded word carries topic: not a stop word, and not a lone letter or digit. */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOP_WORDS.has(word);
}

// Stemming is the costliest step of indexing, and a knowledge base repeats its words endlessly.
const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 200_000;

/** Stems a folded word; numbers and short words stay as they are. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stem = word.length <= 3 || /\d/.test(word) ? word : stemmer(word);
    stemCache.set(word, stem);
  }
  return stem;
}

/** The content tokens of a text, in order, duplicates kept. */
export function contentTokens(text: string): Token[] {
  return foldedWords(splitHashtags(text))
    .filter(isContentWord)
    .map((word) => ({ word, stem: stemWord(word) }));
}
