import type { TermTable } from './term-table.ts';
import { TUNING } from './tuning.ts';

/** The fields of an entry the matcher scores, each weighted in TUNING.fieldWeights. */
export type Field = keyof typeof TUNING.fieldWeights;
const FIELDS = Object.keys(TUNING.fieldWeights) as Field[];

/** How the index reads its documents: each field's length in characters, and its terms. */
export interface DocumentSource {
  readonly count: number;
  /** Length of a field in characters: a proxy for its length in words, known without tokenising. */
  length(doc: number, field: Field): number;
  /** Visits the field's term ids (from the TermTable), in order, duplicates kept. */
  eachTerm(doc: number, field: Field, visit: (term: number) => void): void;
}

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

  constructor(docs: DocumentSource, private readonly terms: TermTable) {
    this.size = docs.count;
    // One pass over the documents: averages come from character lengths, so nothing is
    // tokenised twice and no token list outlives its document.
    const average = new Map(FIELDS.map((f) => {
      let total = 0;
      for (let d = 0; d < docs.count; d++) total += docs.length(d, f);
      return [f, total / docs.count || 1];
    }));
    // Postings are gathered as (term, doc, strength) rows in typed arrays, then sorted by term:
    // millions of numbers, none of them a JavaScript object for the garbage collector to chase.
    const rows = new PostingRows();
    let tf = new Float64Array(1024);
    const touched: number[] = [];
    let add = 0;
    const count = (term: number) => {
      if (term >= tf.length) {
        const grown = new Float64Array(Math.max(term + 1, tf.length * 2));
        grown.set(tf);
        tf = grown;
      }
      if (tf[term] === 0) touched.push(term);
      tf[term] = (tf[term] ?? 0) + add;
    };
    for (let id = 0; id < docs.count; id++) {
      for (const field of FIELDS) {
        const weight: number = TUNING.fieldWeights[field];
        add = weight / (1 - TUNING.b + (TUNING.b * docs.length(id, field)) / (average.get(field) ?? 1));
        docs.eachTerm(id, field, count);
      }
      for (const term of touched) {
        const value = tf[term] ?? 0;
        rows.push(term, id, value / (TUNING.k1 + value));
        tf[term] = 0;
      }
      touched.length = 0;
    }
    ({ offsets: this.offsets, docs: this.docIds, strengths: this.strengths } = rows.byTerm(terms.stems.length));
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

  /** BM25 inverse document frequency; a stem no document has gets the highest value. */
  idf(stem: string): number {
    const [start, end] = this.rows(stem);
    const df = end - start;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }
}

/** Growable (term, doc, strength) rows, turned into compressed sparse rows by term. */
class PostingRows {
  private terms = new Int32Array(4096);
  private docs = new Int32Array(4096);
  private strengths = new Float32Array(4096);
  private length = 0;

  push(term: number, doc: number, strength: number): void {
    if (this.length === this.terms.length) {
      const grow = <T extends Int32Array | Float32Array>(a: T, make: (n: number) => T) => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.terms = grow(this.terms, (n) => new Int32Array(n));
      this.docs = grow(this.docs, (n) => new Int32Array(n));
      this.strengths = grow(this.strengths, (n) => new Float32Array(n));
    }
    this.terms[this.length] = term;
    this.docs[this.length] = doc;
    this.strengths[this.length] = strength;
    this.length++;
  }

  /** Counting sort by term; within a term, documents stay in increasing order. */
  byTerm(termCount: number): { offsets: Int32Array; docs: Int32Array; strengths: Float32Array } {
    const offsets = new Int32Array(termCount + 1);
    for (let i = 0; i < this.length; i++) {
      const slot = (this.terms[i] ?? 0) + 1;
      offsets[slot] = (offsets[slot] ?? 0) + 1;
    }
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
    const next = offsets.slice(0, termCount);
    const docs = new Int32Array(this.length);
    const strengths = new Float32Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const term = this.terms[i] ?? 0;
      const at = next[term] ?? 0;
      docs[at] = this.docs[i] ?? 0;
      strengths[at] = this.strengths[i] ?? 0;
      next[term] = at + 1;
    }
    return { offsets, docs, strengths };
  }
}
