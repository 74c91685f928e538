import { TUNING } from './tuning.ts';

/** The fields of an entry the matcher scores, each weighted in TUNING.fieldWeights. */
export type Field = keyof typeof TUNING.fieldWeights;
const FIELDS = Object.keys(TUNING.fieldWeights) as Field[];

/** An indexed document: the stems of each field, in order, duplicates kept. */
export type FieldStems = Readonly<Record<Field, readonly string[]>>;

/** The documents containing one stem, with how strongly (BM25F saturation, 0–1) each does. */
export interface Postings {
  readonly docs: readonly number[];
  readonly strength: readonly number[];
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
  private readonly postings = new Map<string, Postings>();

  constructor(docs: readonly FieldStems[]) {
    this.size = docs.length;
    const average = new Map(FIELDS.map((f) => [f, docs.reduce((sum, d) => sum + d[f].length, 0) / docs.length || 1]));
    const building = new Map<string, { docs: number[]; strength: number[] }>();
    docs.forEach((doc, id) => {
      const pseudoTf = new Map<string, number>();
      for (const field of FIELDS) {
        const stems = doc[field];
        const lengthNorm = 1 - TUNING.b + (TUNING.b * stems.length) / (average.get(field) ?? 1);
        const add = TUNING.fieldWeights[field] / lengthNorm;
        for (const stem of stems) pseudoTf.set(stem, (pseudoTf.get(stem) ?? 0) + add);
      }
      for (const [stem, tf] of pseudoTf) {
        let list = building.get(stem);
        if (!list) building.set(stem, (list = { docs: [], strength: [] }));
        list.docs.push(id);
        list.strength.push(tf / (TUNING.k1 + tf));
      }
    });
    for (const [stem, list] of building) this.postings.set(stem, list);
  }

  /** Whether any document contains the stem. */
  has(stem: string): boolean {
    return this.postings.has(stem);
  }

  /** The documents containing `stem`, or none. */
  lookup(stem: string): Postings | undefined {
    return this.postings.get(stem);
  }

  /** BM25 inverse document frequency; a stem no document has gets the highest value. */
  idf(stem: string): number {
    const df = this.postings.get(stem)?.docs.length ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }
}
