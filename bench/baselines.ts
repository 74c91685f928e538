import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Ranking } from '../src/evaluation/evaluate.ts';
import type { Paragraph } from '../src/knowledge/source-types.ts';
import type { Entry, KnowledgeBase } from '../src/knowledge/types.ts';
import { createMatcher } from '../src/search/matcher.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../src/search/search-defaults.ts';
import { STOP_WORDS } from '../src/text/stop-words.ts';
import { contentTokens } from '../src/text/tokens.ts';

/** A ranking method under benchmark: built once, then asked each question. */
export interface Method {
  readonly name: string;
  build(kb: KnowledgeBase): (question: string) => Ranking;
}

/** The matcher itself. */
export const matcherMethod: Method = {
  name: 'Counterpoint matcher',
  build(kb) {
    const matcher = createMatcher(kb);
    return (q) => {
      const r = matcher.ask(q);
      return { answered: r.answered, ids: r.candidates.map((c) => c.entry.id) };
    };
  },
};

// The same fields and weights the matcher uses, so that each library gets the same information.
const WEIGHTS = DEFAULT_SEARCH_OPTIONS.fieldWeights;
const entryDoc = (e: Entry, i: number) => ({
  id: i,
  entryId: e.id,
  topic: e.topic,
  claim: e.claim ?? '',
  questions: e.questions.join('\n'),
  keywords: e.keywords.join('\n'),
  rebuttal: e.rebuttal,
  quote: e.quote,
  passages: e.passages.map((p) => p.text).join('\n'),
});
const FIELDS = ['topic', 'claim', 'questions', 'keywords', 'rebuttal', 'quote', 'passages'] as const;

/**
 * fuse.js as a competent user sets it up: weighted keys, no penalty for where in a field a word
 * sits (ignoreLocation), and the question's content words OR-ed in Fuse's extended search, since
 * a whole sentence as one fuzzy pattern matches nothing. It never refuses.
 */
export const fuseTuned: Method = {
  name: 'fuse.js (weighted keys, ignoreLocation, OR)',
  build(kb) {
    const keys = FIELDS.map((name) => ({ name, weight: WEIGHTS[name] }));
    // Lists stay lists: Fuse scores each item, where one long joined string would dilute them.
    const docs = kb.entries.map((e) => ({
      entryId: e.id,
      topic: e.topic,
      claim: e.claim ?? '',
      questions: e.questions,
      keywords: e.keywords,
      rebuttal: e.rebuttal,
      quote: e.quote,
      passages: e.passages.map((p) => p.text),
    }));
    const fuse = new Fuse(docs, {
      keys,
      ignoreLocation: true,
      useExtendedSearch: true,
      threshold: 0.2,
      includeScore: true,
    });
    return (q) => {
      const words = [...new Set(contentTokens(q).map((t) => t.word))];
      if (words.length === 0) return { answered: false, ids: [] };
      const ids = fuse.search(words.join(' | '), { limit: 3 }).map((r) => r.item.entryId);
      return { answered: ids.length > 0, ids };
    };
  },
};

/**
 * MiniSearch as a competent user sets it up: every field with the matcher's weights as boosts,
 * the matcher's stop words, fuzzy 0.2 and prefix search, any word may match. It never refuses.
 */
export const miniSearchTuned: Method = {
  name: 'MiniSearch (boosts, stop words, fuzzy)',
  build(kb) {
    const mini = new MiniSearch({
      fields: [...FIELDS],
      storeFields: ['entryId'],
      processTerm: (term) => {
        const folded = term.toLowerCase();
        return STOP_WORDS.has(folded) ? null : folded;
      },
      searchOptions: { boost: { ...WEIGHTS }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
    });
    mini.addAll(kb.entries.map(entryDoc));
    const idOf = kb.entries.map((e) => e.id);
    return (q) => {
      const ids = mini
        .search(q)
        .slice(0, 3)
        .flatMap((r) => idOf[Number(r.id)] ?? []);
      return { answered: ids.length > 0, ids };
    };
  },
};

/** Paragraph key, so paragraph-level results can be scored against cited paragraphs. */
export const paragraphKey = (p: Pick<Paragraph, 'sourceId' | 'section' | 'number'>) =>
  `${p.sourceId}§${p.section}¶${p.number}`;

/**
 * Plain BM25 (MiniSearch defaults, fuzzy 0.2, prefix) over the article's raw paragraphs: what a
 * reader without a curated knowledge base would get. Its ids are paragraph keys; it is scored
 * against the paragraphs the expected entries cite.
 */
export const miniSearchParagraphs: Method = {
  name: 'plain BM25 over raw paragraphs',
  build(kb) {
    const paragraphs = kb.sources.flatMap((s) => s.sections.flatMap((sec) => sec.paragraphs));
    const mini = new MiniSearch({ fields: ['text'], searchOptions: { fuzzy: 0.2, prefix: true } });
    mini.addAll(paragraphs.map((p, id) => ({ id, text: p.text })));
    return (q) => {
      const ids = mini
        .search(q)
        .slice(0, 3)
        .flatMap((r) => {
          const p = paragraphs[Number(r.id)];
          return p ? [paragraphKey(p)] : [];
        });
      return { answered: ids.length > 0, ids };
    };
  },
};
