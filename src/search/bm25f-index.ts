import { PostingRows } from './posting-rows.ts';
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
  /** 1 for the terms some entry has in a field written in users' words (TUNING.usersFields). */
  private readonly inUsersWords: Uint8Array;

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
    let users = new Uint8Array(1024);
    const touched: number[] = [];
    let add = 0;
    let usersField = 0;
    const count = (term: number) => {
      if (term >= tf.length) {
        const size = Math.max(term + 1, tf.length * 2);
        const grown = new Float64Array(size);
        grown.set(tf);
        tf = grown;
        const grownUsers = new Uint8Array(size);
        grownUsers.set(users);
        users = grownUsers;
      }
      if (tf[term] === 0) touched.push(term);
      tf[term] = (tf[term] ?? 0) + add;
      users[term] = (users[term] ?? 0) | usersField;
    };
    const usersFields: ReadonlySet<Field> = new Set(TUNING.usersFields);
    for (let id = 0; id < docs.count; id++) {
      for (const field of FIELDS) {
        const weight: number = TUNING.fieldWeights[field];
        add = weight / (1 - TUNING.b + (TUNING.b * docs.length(id, field)) / (average.get(field) ?? 1));
        usersField = usersFields.has(field) ? 1 : 0;
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
    this.inUsersWords = users;
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
