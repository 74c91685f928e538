import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { capInput } from '../text/normalize.ts';
import { contentTokens } from '../text/tokens.ts';
import { decide, type Verdict } from './confidence.ts';
import { buildQuery, type QueryWord } from './query.ts';
import { ScopeIndex } from './scope.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

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
  /**
   * Topics the question names that the sources do not address (scope.yaml, later events). With
   * verdict "out-of-scope" they are the reason it is not answered; with an answer, a caveat.
   */
  readonly notAddressed: readonly string[];
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
  const scope = new ScopeIndex(knowledge);
  return {
    knowledge,
    ask: (question) => ask(search, scope, capInput(question)),
    rank: (partial, limit) => {
      const words = buildQuery(contentTokens(capInput(partial)), search.vocabulary, search.index, true);
      return score(search, words, limit);
    },
  };
}


function ask(search: SearchIndex, scope: ScopeIndex, question: string): MatchResult {
  const tokens = contentTokens(question);
  const words = buildQuery(tokens, search.vocabulary, search.index);
  const candidates = score(search, words, MAX_CANDIDATES);
  const base = { question, candidates, unknownWords: words.filter((w) => w.variants.length === 0).map((w) => w.word) };
  if (words.length === 0) return { ...base, answered: false, verdict: 'no-content', close: [], notAddressed: [] };
  const hits = scope.find(tokens);
  const notAddressed = hits.map((h) => h.topic);
  if (hits.length === 0) return { ...base, ...decided(candidates), notAddressed };
  // The question names something the article does not address. Its words for that topic keep
  // their weight but no entry may explain them: the question is answered only if an entry still
  // explains enough of the whole question, and then the topic comes as a caveat.
  const named = new Set(hits.flatMap((h) => [...h.stems]));
  const unexplained = words.map((w) => (named.has(w.stem) ? { ...w, variants: [] } : w));
  const rest = score(search, unexplained, MAX_CANDIDATES);
  const decision = decided(rest);
  if (decision.answered) return { ...base, candidates: rest, ...decision, notAddressed };
  return { ...base, candidates: rest, answered: false, verdict: 'out-of-scope', close: [], notAddressed };
}

function decided(candidates: readonly Candidate[]): Pick<MatchResult, 'answered' | 'verdict' | 'close'> {
  const decision = decide(candidates);
  return { answered: decision.answered, verdict: decision.verdict, close: decision.close.flatMap((i) => candidates[i]?.entry.id ?? []) };
}

/** Scores every entry that shares a reading with the question's words; the best `limit`, best first. */
function score({ index, entries }: SearchIndex, words: readonly QueryWord[], limit: number): Candidate[] {
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
