import { buildPostings, type Bm25fParts, type DocumentSource } from './bm25f-build.ts';
import type { TermTable } from './term-table.ts';

export type { DocumentSource, Field } from './bm25f-build.ts';

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
  // Postings in compressed sparse rows: those of term t are at offsets[t] … offsets[t + 1].
  private readonly offsets: Int32Array;
  private readonly docIds: Int32Array;
  private readonly strengths: Float32Array;
  /** 1 for the terms some entry has in a field written in users' words (TUNING.usersFields). */
  private readonly inUsersWords: Uint8Array;

  constructor(parts: Bm25fParts, private readonly terms: TermTable) {
    this.size = parts.size;
    this.offsets = parts.offsets;
    this.docIds = parts.docIds;
    this.strengths = parts.strengths;
    this.inUsersWords = parts.inUsersWords;
  }

  /** Indexes the documents (see buildPostings). */
  static build(docs: DocumentSource, terms: TermTable): Bm25fIndex {
    return new Bm25fIndex(buildPostings(docs, terms), terms);
  }

  /** The index's arrays, to rebuild it elsewhere (another thread) without indexing again. */
  parts(): Bm25fParts {
    return { size: this.size, offsets: this.offsets, docIds: this.docIds, strengths: this.strengths, inUsersWords: this.inUsersWords };
  }

  /**
   * Whether some entry has the stem in a field written in users' words (questions, keywords,
   * topic, claim) rather than only in the article's own prose: whether it names a topic.
   */
  isUsersWord(stem: string): boolean {
    const id = this.terms.idOf(stem);
    return id !== undefined && this.inUsersWords[id] === 1;
  }

  /** Where the postings of `stem` sit in the rows; empty when no document has it. */
  private rows(stem: string): [start: number, end: number] {
    const id = this.terms.idOf(stem);
    return id === undefined ? [0, 0] : [this.offsets[id] ?? 0, this.offsets[id + 1] ?? 0];
  }

  /** Whether any document contains the stem. */
  has(stem: string): boolean {
    const [start, end] = this.rows(stem);
    return end > start;
  }

  /** The documents containing `stem`, or none. */
  lookup(stem: string): Postings | undefined {
    const [start, end] = this.rows(stem);
    if (end <= start) return undefined;
    return { docs: this.docIds.subarray(start, end), strength: this.strengths.subarray(start, end) };
  }

  /** The share of documents (0–1) that contain `stem`. */
  share(stem: string): number {
    const [start, end] = this.rows(stem);
    return this.size === 0 ? 0 : (end - start) / this.size;
  }

  /** BM25 inverse document frequency; a stem no document has gets the highest value. */
  idf(stem: string): number {
    const [start, end] = this.rows(stem);
    const df = end - start;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }
}
