import { buildPostings, type Bm25fOptions, type Bm25fParts, type DocumentSource } from './bm25f-build.ts';
import type { TermTable } from './term-table.ts';

export type { Bm25fOptions, DocumentSource, Field } from './bm25f-build.ts';

/** The documents containing one stem, with how strongly (BM25F saturation, 0–1) each does. */
export interface Postings {
  readonly docs: Int32Array;
  readonly strength: Float32Array;
}

/**
 * A BM25F inverted index, written here rather than taken from MiniSearch because the matcher needs
 * what a search library hides: each query word is a group of alternative stems (typed, synonym,
 * corrected) of which only the best may count, and the answer decision needs per-word evidence
 * (which words an entry explains) rather than one opaque score. Scoring is precomputed per posting,
 * so a query costs one pass over the postings of its words, whatever the length of the fields.
 */
export class Bm25fIndex {
  readonly size: number;
  // Postings in compressed sparse rows: those of term t are at offsets[t] … offsets[t + 1], the
  // documents in increasing order. Public for the scoring loop, which reads them without copies.
  readonly offsets: Int32Array;
  readonly docIds: Int32Array;
  readonly strengths: Float32Array;
  /** 1 for the terms some entry has in a field written in users' words (SearchOptions.usersFields). */
  private readonly inUsersWords: Uint8Array;

  constructor(
    parts: Bm25fParts,
    private readonly terms: TermTable,
  ) {
    this.size = parts.size;
    this.offsets = parts.offsets;
    this.docIds = parts.docIds;
    this.strengths = parts.strengths;
    this.inUsersWords = parts.inUsersWords;
  }

  /** Indexes the documents (see buildPostings). */
  static build(docs: DocumentSource, terms: TermTable, options: Bm25fOptions): Bm25fIndex {
    return new Bm25fIndex(buildPostings(docs, terms, options), terms);
  }

  /** The index's arrays, to rebuild it elsewhere (another thread) without indexing again. */
  parts(): Bm25fParts {
    const { size, offsets, docIds, strengths, inUsersWords } = this;
    return { size, offsets, docIds, strengths, inUsersWords };
  }

  /** The term id of a stem, or -1 when no document has it. */
  termOf(stem: string): number {
    const id = this.terms.idOf(stem);
    return id === undefined || (this.offsets[id + 1] ?? 0) <= (this.offsets[id] ?? 0) ? -1 : id;
  }

  /** How many documents contain the term (0 for -1). */
  df(term: number): number {
    return term < 0 ? 0 : (this.offsets[term + 1] ?? 0) - (this.offsets[term] ?? 0);
  }

  /**
   * Whether some entry has the stem in a field written in users' words (questions, keywords,
   * topic, claim) rather than only in the article's own prose: whether it names a topic.
   */
  isUsersWord(stem: string): boolean {
    const id = this.terms.idOf(stem);
    return id !== undefined && this.inUsersWords[id] === 1;
  }

  /** Whether any document contains the stem. */
  has(stem: string): boolean {
    return this.termOf(stem) >= 0;
  }

  /** The documents containing `stem` (views, not copies), or none. */
  lookup(stem: string): Postings | undefined {
    const term = this.termOf(stem);
    if (term < 0) return undefined;
    const start = this.offsets[term] ?? 0;
    const end = this.offsets[term + 1] ?? 0;
    return { docs: this.docIds.subarray(start, end), strength: this.strengths.subarray(start, end) };
  }

  /** Whether the term's postings hold `doc` (binary search). */
  contains(term: number, doc: number): boolean {
    if (term < 0) return false;
    let low = this.offsets[term] ?? 0;
    let high = (this.offsets[term + 1] ?? 0) - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = this.docIds[mid] ?? 0;
      if (at === doc) return true;
      if (at < doc) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  }

  /** The share of documents (0–1) that contain `stem`. */
  share(stem: string): number {
    return this.size === 0 ? 0 : this.df(this.termOf(stem)) / this.size;
  }

  /** BM25 inverse document frequency; a stem no document has gets the highest value. */
  idf(stem: string): number {
    const df = this.df(this.termOf(stem));
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }
}
