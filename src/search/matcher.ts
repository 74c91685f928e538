import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { capInput } from '../text/normalize.ts';
import { decide, type Verdict } from './confidence.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import { buildQuery } from './query.ts';

/** Most candidates a result carries: the answer and two alternatives. */
export const MAX_CANDIDATES = 3;

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

/** The matcher's answer to one question. */
export interface MatchResult {
  /** The question as considered (capped to MAX_INPUT_CHARS). */
  readonly question: string;
  readonly answered: boolean;
  readonly verdict: Verdict;
  /** Up to MAX_CANDIDATES entries, best first: the answer and alternatives, or suggestions. */
  readonly candidates: readonly Candidate[];
  /** Ids of runner-ups that scored close to the best. */
  readonly close: readonly string[];
  /** Content words of the question that the knowledge base does not know at all. */
  readonly unknownWords: readonly string[];
}

/** Answers free-text questions from one knowledge base. Pure and synchronous. */
export interface Matcher {
  readonly knowledge: KnowledgeBase;
  /** The best entries for a question and the decision whether they answer it. */
  ask(question: string): MatchResult;
  /**
   * Up to `limit` entries ranked for text being typed, with no decision: the last word may be
   * unfinished, so it also matches the words it starts ("col" → "colony").
   */
  rank(partial: string, limit: number): readonly Candidate[];
}

/** Builds the search index for a knowledge base and returns a matcher over it. */
export function createMatcher(knowledge: KnowledgeBase): Matcher {
  const search = buildSearchIndex(knowledge);
  return {
    knowledge,
    ask: (question) => ask(search, capInput(question)),
    rank: (partial, limit) => score(search, capInput(partial), limit, true).candidates,
  };
}

function ask(search: SearchIndex, question: string): MatchResult {
  const { words, candidates } = score(search, question, MAX_CANDIDATES, false);
  const decision = decide(words.length === 0 ? [] : candidates);
  return {
    question,
    answered: decision.answered,
    verdict: words.length === 0 ? 'no-content' : decision.verdict,
    candidates,
    close: decision.close.flatMap((i) => candidates[i]?.entry.id ?? []),
    unknownWords: words.filter((w) => w.variants.length === 0).map((w) => w.word),
  };
}

/** Scores every entry that shares a reading with the question; the best `limit`, best first. */
function score({ index, vocabulary, entries }: SearchIndex, question: string, limit: number, partial: boolean) {
  const words = buildQuery(question, vocabulary, index, partial);
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
  const candidates: Candidate[] = [...tally]
    .sort(([a, x], [b, y]) => y.score - x.score || a - b)
    .slice(0, limit)
    .flatMap(([doc, t]) => {
      const entry = entries[doc];
      return entry ? [{ entry, score: t.score / total, coverage: t.coverage / total, matched: t.matched, evidence: t.coverage / unknownWeight }] : [];
    });
  return { words, candidates };
}
