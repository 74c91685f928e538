import type { KnowledgeBase } from '../knowledge/types.ts';
import { longDate, yearOf } from '../text/dates.ts';
import { termFollows } from '../text/term-match.ts';
import { contentTokens, type Token } from '../text/tokens.ts';

/** A topic the sources do not address that a question names, and the question's words naming it. */
export interface ScopeHit {
  /** As it completes "does not address …". */
  readonly topic: string;
  readonly stems: ReadonlySet<string>;
}

interface Term {
  readonly topic: string;
  readonly stems: readonly string[];
  readonly since: number;
}

/**
 * Finds the topics of scope.yaml a question names, and later events: a year after the newest
 * source's is a question about something its authors could not have written about. Terms match
 * on stems, in order, with at most a few words between their words (src/text/term-match.ts).
 */
export class ScopeIndex {
  private readonly byFirstStem = new Map<string, Term[]>();
  private readonly lastYear: number;
  private readonly laterTopic: string;

  constructor(knowledge: KnowledgeBase) {
    for (const { topic, terms, since } of knowledge.scope) {
      for (const term of terms) {
        const stems = contentTokens(term).map((t) => t.stem);
        const [first] = stems;
        if (first === undefined) continue;
        this.byFirstStem.set(first, [
          ...(this.byFirstStem.get(first) ?? []),
          { topic, stems, since: since ?? -Infinity },
        ]);
      }
    }
    const newest = knowledge.sources
      .map((s) => s.date)
      .sort()
      .at(-1);
    this.lastYear = newest ? Number(newest.slice(0, 4)) : Infinity;
    this.laterTopic = newest ? `events after ${longDate(newest)}` : '';
  }

  /** The topics the question names, in the order found, each with the stems that named it. */
  find(tokens: readonly Token[]): ScopeHit[] {
    const hits = new Map<string, Set<string>>();
    const add = (topic: string, stems: readonly string[]) => {
      const set = hits.get(topic) ?? new Set<string>();
      for (const s of stems) set.add(s);
      hits.set(topic, set);
    };
    const stems = tokens.map((t) => t.stem);
    const years = tokens.map((t) => yearOf(t.word));
    const latestYear = Math.max(0, ...years);
    tokens.forEach((token, i) => {
      if ((years[i] ?? 0) > this.lastYear) add(this.laterTopic, [token.stem]);
      for (const term of this.byFirstStem.get(token.stem) ?? []) {
        // A question dated only before the topic's events is not about them.
        if (latestYear > 0 && latestYear < term.since) continue;
        if (termFollows(stems, i, term.stems)) add(term.topic, term.stems);
      }
    });
    // A named topic says more than "events after …": the year then only names that topic.
    const later = hits.get(this.laterTopic);
    if (later && hits.size > 1) {
      hits.delete(this.laterTopic);
      const first = hits.values().next().value;
      for (const stem of later) first?.add(stem);
    }
    return [...hits].map(([topic, stems]) => ({ topic, stems }));
  }
}
