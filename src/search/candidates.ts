import type { Entry } from '../knowledge/types.ts';
import type { QueryWord } from './query.ts';
import type { SearchIndex } from './search-index.ts';

/** An entry the matcher proposes, with its evidence. */
export interface Candidate {
  readonly entry: Entry;
  /** 0–1: how well the entry matches the whole question. */
  readonly score: number;
  /** 0–1: the weighted share of the question's content the entry explains. */
  readonly coverage: number;
  /** The question's words this entry explains. */
  readonly matched: readonly string[];
  /**
   * The weight of the words explained, in units of the weight of one word the knowledge base
   * lacks: how much specific content the match rests on, whatever the question's length.
   */
  readonly evidence: number;
}

/** Scores every entry that shares a reading with the question's words; the best `limit`, best first. */
export function score({ index, entries }: SearchIndex, words: readonly QueryWord[], limit: number): Candidate[] {
  const total = words.reduce((sum, w) => sum + w.weight, 0);
  const tally = new Map<number, { score: number; coverage: number; matched: string[] }>();
  for (const word of words) {
    const best = new Map<number, number>();
    for (const variant of word.variants) {
      const postings = index.lookup(variant.stem);
      if (!postings) continue;
      postings.docs.forEach((doc, i) => {
        const value = variant.similarity * (postings.strength[i] ?? 0);
        if (value > (best.get(doc) ?? 0)) best.set(doc, value);
      });
    }
    for (const [doc, value] of best) {
      const t = tally.get(doc) ?? { score: 0, coverage: 0, matched: [] };
      t.score += word.weight * value;
      t.coverage += word.weight;
      t.matched.push(word.word);
      tally.set(doc, t);
    }
  }
  // Evidence is in units of the weight of a word no entry has (the highest idf): independent of length.
  const unknownWeight = index.idf('');
  return [...tally]
    .sort(([a, x], [b, y]) => y.score - x.score || a - b)
    .slice(0, limit)
    .flatMap(([doc, t]) => {
      const entry = entries[doc];
      return entry ? [{ entry, score: t.score / total, coverage: t.coverage / total, matched: t.matched, evidence: t.coverage / unknownWeight }] : [];
    });
}
