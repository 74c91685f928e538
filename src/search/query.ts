import { FOREIGN_STOP_WORDS } from '../text/foreign-stop-words.ts';
import type { Token } from '../text/tokens.ts';
import type { Query, QueryWord } from './query-word.ts';
import type { SearchIndex } from './search-index.ts';
import { describeWord, infoOf, type WordInfo, type WordOptions } from './word-info.ts';

export type { Query, QueryWord } from './query-word.ts';

/**
 * Turns a question's content tokens into its distinct words with their weights and readings. With
 * `partial`, the text is still being typed: its last word also reads as the start of longer words.
 */
export function buildQuery(
  tokens: readonly Token[],
  search: SearchIndex,
  options: WordOptions,
  partial = false,
): Query {
  const { vocabulary, index } = search;
  const seen = new Set<string>();
  const read: { token: Token; info: WordInfo }[] = [];
  for (const [i, token] of tokens.entries()) {
    if (seen.has(token.stem)) continue;
    seen.add(token.stem);
    const info = infoOf(token, search, options);
    // A word still being typed is the start of a longer one ("con" of "conflict"), whatever it is alone.
    if (partial && i === tokens.length - 1) {
      const variants = vocabulary.withCompletions(token, info.variants);
      read.push({ token, info: describeWord(token, variants, search, options) });
      continue;
    }
    if (FOREIGN_STOP_WORDS.has(token.word) && !info.variants.some((v) => v.via !== 'corrected')) continue;
    read.push({ token, info });
  }
  const onSubject = read.some((r) => r.info.subject);
  // A message mostly of words the knowledge base lacks (another language, another topic) is not
  // read as on the subject because it names Armenia: its unknown words keep their weight.
  const unknown = read.filter((r) => r.info.variants.length === 0 && !r.info.number).length;
  const unknownShare = onSubject && unknown <= read.length * options.unknownMajority ? options.unknownWordWeight : 1;
  const words = read.map(({ token, info }): QueryWord => ({
    word: token.word,
    stem: token.stem,
    variants: info.variants,
    terms: info.terms,
    // As many multiplications in the same order as ever: the figures stay bit for bit.
    weight: (info.variants.length > 0 || info.number ? info.base : info.base * unknownShare) * info.specificity,
  }));
  const exact = read.flatMap(({ info }) => info.exact ?? []);
  const all = exact.length > 0 ? [...words, ...exact] : words;
  if (!read.some((r) => r.info.startsPhrase)) return { words: all, onSubject };
  const readings = new Map(read.map((r) => [r.token.stem, r.info.readings]));
  return { words: [...all, ...search.phrases.find(tokens, readings, index, options.phraseWeight)], onSubject };
}
