import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Entry, KnowledgeBase, Paragraph } from '../src/knowledge/types.ts';
import type { Ranking } from '../src/evaluation/evaluate.ts';

/** A ranking method under benchmark: built once, then asked each question. */
export interface Method {
  readonly name: string;
  build(kb: KnowledgeBase): (question: string) => Ranking;
}

const entryDoc = (e: Entry, i: number) => ({
  id: i, entryId: e.id, claim: e.claim, questions: e.questions.join('\n'), keywords: e.keywords.join('\n'), rebuttal: e.rebuttal, quote: e.quote,
});
const FIELDS = ['claim', 'questions', 'keywords', 'rebuttal', 'quote'];

/** (b) fuse.js with default options over the entries, the whole question as the pattern. */
export const fuseDefault: Method = {
  name: 'fuse.js defaults, whole question',
  build(kb) {
    const fuse = new Fuse(kb.entries.map(entryDoc), { keys: FIELDS });
    return (q) => {
      const ids = fuse.search(q, { limit: 3 }).map((r) => r.item.entryId);
      return { answered: ids.length > 0, ids };
    };
  },
};

/** (c) MiniSearch (BM25, fuzzy 0.2, prefix) over the same entries; it never refuses. */
export const miniSearchEntries: Method = {
  name: 'MiniSearch over entries',
  build(kb) {
    const mini = new MiniSearch({ fields: FIELDS, storeFields: ['entryId'], searchOptions: { fuzzy: 0.2, prefix: true } });
    mini.addAll(kb.entries.map(entryDoc));
    const idOf = new Map(kb.entries.map((e, i) => [i, e.id]));
    return (q) => {
      const ids = mini.search(q).slice(0, 3).flatMap((r) => idOf.get(Number(r.id)) ?? []);
      return { answered: ids.length > 0, ids };
    };
  },
};

/** Paragraph key, so paragraph-level results can be scored against cited paragraphs. */
export const paragraphKey = (p: Pick<Paragraph, 'sourceId' | 'section' | 'number'>) => `${p.sourceId}§${p.section}¶${p.number}`;

/**
 * (d) MiniSearch over the article's raw paragraphs: what a reader without a curated knowledge
 * base would get. Its ids are paragraph keys; it is scored against the paragraphs the expected
 * entries cite.
 */
export const miniSearchParagraphs: Method = {
  name: 'MiniSearch over raw paragraphs',
  build(kb) {
    const paragraphs = kb.sources.flatMap((s) => s.sections.flatMap((sec) => sec.paragraphs));
    const mini = new MiniSearch({ fields: ['text'], searchOptions: { fuzzy: 0.2, prefix: true } });
    mini.addAll(paragraphs.map((p, id) => ({ id, text: p.text })));
    return (q) => {
      const ids = mini.search(q).slice(0, 3).flatMap((r) => {
        const p = paragraphs[Number(r.id)];
        return p ? [paragraphKey(p)] : [];
      });
      return { answered: ids.length > 0, ids };
    };
  },
};
