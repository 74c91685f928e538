import type { Paragraph } from '../knowledge/source-types.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { Bm25fIndex, type Field } from './bm25f-index.ts';
import { KeywordPhrases } from './phrases.ts';
import { publisherWords } from './publisher-words.ts';
import { resolveSearchOptions, type IndexOptions } from './search-options.ts';
import { TermTable } from './term-table.ts';
import { Vocabulary } from './vocabulary.ts';

/** Everything a question is answered from, built once per knowledge base. */
export interface SearchIndex {
  readonly index: Bm25fIndex;
  readonly vocabulary: Vocabulary;
  /** Entries in index order: document n is entries[n]. */
  readonly entries: readonly Entry[];
  /** Keywords of several words, matched as whole phrases. */
  readonly phrases: KeywordPhrases;
  /** The interned words and stems the index is built on. */
  readonly terms: TermTable;
  /** The options it was built with: a matcher on it must read questions with the same. */
  readonly options: IndexOptions;
}

/** The length in characters of one field of an entry, without building a list of its texts. */
function fieldLength(entry: Entry, field: Field): number {
  let n = 0;
  switch (field) {
    case 'questions':
      for (const q of entry.questions) n += q.length;
      return n;
    case 'keywords':
      for (const k of entry.keywords) n += k.length;
      return n;
    case 'passages':
      for (const p of entry.passages) n += p.text.length;
      return n;
    case 'claim':
      return entry.claim?.length ?? 0;
    default:
      return entry[field].length;
  }
}

/** The texts of one field of an entry. */
function fieldTexts(entry: Entry, field: Field): readonly string[] {
  switch (field) {
    case 'questions':
      return entry.questions;
    case 'keywords':
      return entry.keywords;
    case 'passages':
      return entry.passages.map((p) => p.text);
    case 'claim':
      return entry.claim === undefined ? [] : [entry.claim];
    default:
      return [entry[field]];
  }
}

/** Indexes each entry's fields and collects the vocabulary for typo correction (the default options unless given). */
export function buildSearchIndex(
  knowledge: KnowledgeBase,
  options: IndexOptions = resolveSearchOptions(),
): SearchIndex {
  const { entries } = knowledge;
  const table = new TermTable(publisherWords(knowledge));
  // A paragraph cited by several entries is tokenised once; one cited once is not kept.
  const citations = new Map<Paragraph, number>();
  for (const e of entries) for (const p of e.passages) citations.set(p, (citations.get(p) ?? 0) + 1);
  const shared = new Map<Paragraph, readonly number[]>();
  const phrases = new KeywordPhrases();
  // Keywords repeat across entries ("Soviet", "ethnic cleansing"): each distinct one is read once.
  const keywordTerms = new Map<string, readonly number[]>();
  const termsOfKeyword = (keyword: string): readonly number[] => {
    let found = keywordTerms.get(keyword);
    if (!found) {
      // Its words, then the phrase they make, then the words' exact forms.
      const terms = table.termsOf(keyword);
      const key = phrases.add(terms.map((t) => table.stemOf(t)));
      if (key !== undefined) terms.push(table.internTerm(key));
      table.eachExact(keyword, (t) => terms.push(t));
      keywordTerms.set(keyword, (found = terms));
    }
    return found;
  };
  const index = Bm25fIndex.build(
    {
      count: entries.length,
      length: (doc, field) => {
        const entry = entries[doc];
        return entry ? fieldLength(entry, field) : 0;
      },
      eachTerm: (doc, field, visit) => {
        const entry = entries[doc];
        if (!entry) return;
        if (field === 'keywords') {
          for (const keyword of entry.keywords) for (const term of termsOfKeyword(keyword)) visit(term);
          return;
        }
        if (field !== 'passages') {
          for (const text of fieldTexts(entry, field)) table.eachTerm(text, visit);
          return;
        }
        for (const p of entry.passages) {
          let terms = shared.get(p);
          if (!terms && (citations.get(p) ?? 0) > 1) {
            const collected: number[] = [];
            table.eachTerm(p.text, (t) => collected.push(t));
            shared.set(p, (terms = collected));
          }
          if (terms) terms.forEach(visit);
          else table.eachTerm(p.text, visit);
        }
      },
    },
    table,
    options,
  );
  const vocabulary = new Vocabulary(table.words(), (stem) => index.has(stem), knowledge.synonyms, options);
  return { index, vocabulary, entries, phrases, terms: table, options };
}
