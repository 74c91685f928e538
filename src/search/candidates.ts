import type { Candidate, SemanticScores } from './candidate.ts';
import type { QueryWord } from './query-word.ts';
import type { Bm25fIndex } from './bm25f-index.ts';
import { scratchFor, type ScoreScratch } from './score-scratch.ts';
import type { SearchIndex } from './search-index.ts';

export type { Candidate, SemanticScores } from './candidate.ts';

/**
 * Scores every entry that shares a reading with the question's words; the best `limit`, best
 * first (ties to the earlier entry). Per-question work happens in typed arrays allocated once per
 * index and reset through the list of entries touched, and the best are kept in one pass: nothing
 * is allocated per entry, whatever the size of the knowledge base. The words each kept entry
 * explains are found afterwards, for those entries only.
 */
export function score(
  { index, entries }: SearchIndex,
  words: readonly QueryWord[],
  limit: number,
  semantic?: SemanticScores,
): Candidate[] {
  const s = scratchFor(index);
  const { offsets, docIds, strengths } = index;
  const total = words.reduce((sum, w) => sum + w.weight, 0);
  const pass = s.nextPass();
  let touched = 0;
  const { score: sums, coverage, passOf, roundOf, best, found: reached, touched: list } = s;
  for (const word of words) {
    const { weight, variants, terms } = word;
    // One reading (most words): its postings count directly, no best-of to keep.
    const single = variants.length === 1;
    const round = single ? 0 : s.nextRound();
    let found = 0;
    for (let v = 0; v < variants.length; v++) {
      const similarity = variants[v]?.similarity ?? 0;
      const term = terms[v] ?? -1;
      if (term < 0) continue;
      const end = offsets[term + 1] ?? 0;
      for (let i = offsets[term] ?? 0; i < end; i++) {
        const doc = docIds[i] ?? 0;
        const value = similarity * (strengths[i] ?? 0);
        if (single) {
          if (!(value > 0)) continue;
          if (passOf[doc] !== pass) {
            passOf[doc] = pass;
            sums[doc] = 0;
            coverage[doc] = 0;
            list[touched++] = doc;
          }
          sums[doc] = (sums[doc] ?? 0) + weight * value;
          coverage[doc] = (coverage[doc] ?? 0) + weight;
        } else if (roundOf[doc] !== round) {
          // The best reading of the word counts for each entry, and only a positive one.
          if (value > 0) {
            roundOf[doc] = round;
            best[doc] = value;
            reached[found++] = doc;
          }
        } else if (value > (best[doc] ?? 0)) best[doc] = value;
      }
    }
    for (let j = 0; j < found; j++) {
      const doc = reached[j] ?? 0;
      if (passOf[doc] !== pass) {
        passOf[doc] = pass;
        sums[doc] = 0;
        coverage[doc] = 0;
        list[touched++] = doc;
      }
      sums[doc] = (sums[doc] ?? 0) + weight * (best[doc] ?? 0);
      coverage[doc] = (coverage[doc] ?? 0) + weight;
    }
  }
  const lexicalOf = (doc: number) => (passOf[doc] === pass && total > 0 ? (s.score[doc] ?? 0) / total : 0);
  const top = semantic ? fusedTop(semantic, lexicalOf, limit) : topDocs(s, touched, limit);
  // Evidence is in units of the weight of a word no entry has (the highest idf): independent of length.
  const unknownWeight = index.idf('');
  return top.flatMap(({ doc, fused }) => {
    const entry = entries[doc];
    const coverage = passOf[doc] === pass && total > 0 ? (s.coverage[doc] ?? 0) : 0;
    const lexical = lexicalOf(doc);
    return entry
      ? [
          {
            entry,
            score: fused ?? lexical,
            lexical,
            semantic: semantic?.scores[doc],
            coverage: total > 0 ? coverage / total : 0,
            matched: matchedWords(index, words, doc),
            evidence: coverage / unknownWeight,
          },
        ]
      : [];
  });
}

/**
 * The `limit` entries with the highest fused score, best first: a convex combination of the
 * lexical score (0–1) and the semantic one, negative semantic scores counted as 0. Every entry
 * takes part, not only those sharing a word with the question: that is how a paraphrase finds its
 * argument ("ethnically cleansed" for "expelled").
 */
function fusedTop(
  { scores, lexicalWeight }: SemanticScores,
  lexicalOf: (doc: number) => number,
  limit: number,
): { doc: number; fused: number }[] {
  const top: { doc: number; fused: number }[] = [];
  for (let doc = 0; doc < scores.length; doc++) {
    const fused = lexicalWeight * lexicalOf(doc) + (1 - lexicalWeight) * Math.max(0, scores[doc] ?? 0);
    if (top.length === limit && fused <= (top[limit - 1]?.fused ?? 0)) continue;
    let at = Math.min(top.length, limit - 1);
    while (at > 0 && fused > (top[at - 1]?.fused ?? 0)) at--;
    top.splice(at, 0, { doc, fused });
    if (top.length > limit) top.pop();
  }
  return top;
}

/** The `limit` touched entries with the highest score, best first, ties to the lower index. */
function topDocs(s: ScoreScratch, touched: number, limit: number): { doc: number; fused?: undefined }[] {
  const top: number[] = [];
  const better = (a: number, b: number) =>
    (s.score[a] ?? 0) > (s.score[b] ?? 0) || ((s.score[a] ?? 0) === (s.score[b] ?? 0) && a < b);
  for (let i = 0; i < touched; i++) {
    const doc = s.touched[i] ?? 0;
    if (top.length === limit && !better(doc, top[limit - 1] ?? 0)) continue;
    let at = Math.min(top.length, limit - 1);
    while (at > 0 && better(doc, top[at - 1] ?? 0)) at--;
    top.splice(at, 0, doc);
    if (top.length > limit) top.pop();
  }
  return top.map((doc) => ({ doc }));
}

/** The question's words that an entry has a reading of, in question order. */
function matchedWords(index: Bm25fIndex, words: readonly QueryWord[], doc: number): string[] {
  const matched: string[] = [];
  // A word matched as written and as its stem (see exactKey) is listed once.
  for (const word of words) {
    if (word.terms.some((term) => index.contains(term, doc)) && !matched.includes(word.word)) matched.push(word.word);
  }
  return matched;
}
