import { buildQuery, type Query } from '../../src/search/query.ts';
import { buildSearchIndex, type SearchIndex } from '../../src/search/search-index.ts';
import { contentTokens } from '../../src/text/tokens.ts';
import { realMatcher } from './matcher.ts';

/** What the matcher tests ask of the bundled knowledge base, built once per test file. */
export interface RealQueries extends Awaited<ReturnType<typeof realMatcher>> {
  /** The search index the matcher's questions are read against. */
  readonly search: SearchIndex;
  /** A question as the matcher reads it: its words, weights and readings. */
  query(text: string): Query;
  /** The id of the entry that answers `text`, or "refused (<verdict>)". */
  first(text: string): string | undefined;
}

/** The bundled knowledge base's matcher, its search index, and the two questions tests ask of them. */
export async function realQueries(): Promise<RealQueries> {
  const real = await realMatcher();
  const search = buildSearchIndex(real.knowledge);
  return {
    ...real,
    search,
    query: (text) => buildQuery(contentTokens(text), search, real.matcher.options),
    first: (text) => {
      const r = real.matcher.ask(text);
      return r.answered ? r.candidates[0]?.entry.id : `refused (${r.verdict})`;
    },
  };
}
