import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { contentTokens } from '../text/tokens.ts';
import { Bm25fIndex, type FieldStems } from './bm25f-index.ts';
import { Vocabulary } from './vocabulary.ts';

/** Everything a question is answered from, built once per knowledge base. */
export interface SearchIndex {
  readonly index: Bm25fIndex;
  readonly vocabulary: Vocabulary;
  /** Entries in index order: document n is entries[n]. */
  readonly entries: readonly Entry[];
}

/** Indexes each entry's fields and collects the vocabulary for typo correction. */
export function buildSearchIndex(knowledge: KnowledgeBase): SearchIndex {
  const words = new Set<string>();
  // Paragraphs are cited by several entries; tokenise each once.
  const passageTokens = new Map<string, ReturnType<typeof contentTokens>>();
  const stems = (text: string) => {
    const tokens = contentTokens(text);
    for (const t of tokens) words.add(t.word);
    return tokens.map((t) => t.stem);
  };
  const docs: FieldStems[] = knowledge.entries.map((entry) => ({
    questions: stems(entry.questions.join('\n')),
    keywords: stems(entry.keywords.join('\n')),
    claim: stems(entry.claim),
    quote: stems(entry.quote),
    rebuttal: stems(entry.rebuttal),
    passages: entry.passages.flatMap((p) => {
      const key = `${p.sourceId}|${p.section}|${p.number}`;
      let tokens = passageTokens.get(key);
      if (!tokens) passageTokens.set(key, (tokens = contentTokens(p.text)));
      for (const t of tokens) words.add(t.word);
      return tokens.map((t) => t.stem);
    }),
  }));
  const index = new Bm25fIndex(docs);
  const vocabulary = new Vocabulary(words, (stem) => index.has(stem), knowledge.synonyms);
  return { index, vocabulary, entries: knowledge.entries };
}
