import type { MatchResult } from '../search/matcher.ts';

/** One result in the JSON contract of `npm run ask -- --json` (documented in the README). */
export interface ResultJson {
  readonly id: string;
  readonly source: string;
  readonly section: number;
  readonly sectionTitle: string;
  readonly paragraphs: readonly number[];
  readonly page: number;
  readonly passages: readonly string[];
  readonly claim: string;
  readonly rebuttal: string;
  readonly quote: string;
  readonly score: number;
}

/** The JSON contract for one question. `verdict` and `close` are additions to the documented core. */
export interface MatchJson {
  readonly question: string;
  readonly answered: boolean;
  readonly verdict: MatchResult['verdict'];
  readonly close: readonly string[];
  readonly results: readonly ResultJson[];
}

/** A match result as plain JSON-ready data. */
export function toMatchJson(result: MatchResult): MatchJson {
  return {
    question: result.question,
    answered: result.answered,
    verdict: result.verdict,
    close: result.close,
    results: result.candidates.map(({ entry, score }) => ({
      id: entry.id,
      source: entry.source,
      section: entry.section,
      sectionTitle: entry.sectionTitle,
      paragraphs: entry.paragraphs,
      page: entry.page,
      passages: entry.passages.map((p) => p.text),
      claim: entry.claim,
      rebuttal: entry.rebuttal,
      quote: entry.quote,
      score: Math.round(score * 1000) / 1000,
    })),
  };
}
