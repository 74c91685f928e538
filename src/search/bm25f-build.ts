import { FIELDS, type Field } from './fields.ts';
import { PostingRows } from './posting-rows.ts';
import type { SearchOptions } from './search-options.ts';

export type { Field } from './fields.ts';

/** The options BM25F weighs postings by (see SearchOptions). */
export type Bm25fOptions = Pick<SearchOptions, 'fieldWeights' | 'usersFields' | 'k1' | 'b'>;

/** How the index reads its documents: each field's length in characters, and its terms. */
export interface DocumentSource {
  readonly count: number;
  /** Length of a field in characters: a proxy for its length in words, known without tokenising. */
  length(doc: number, field: Field): number;
  /** Visits the field's term ids (from the TermTable), in order, duplicates kept. */
  eachTerm(doc: number, field: Field, visit: (term: number) => void): void;
}

/** A built index as plain typed arrays: what crosses from the loading thread to the answering one. */
export interface Bm25fParts {
  readonly size: number;
  /** Postings in compressed sparse rows: those of term t are at offsets[t] … offsets[t + 1]. */
  readonly offsets: Int32Array;
  readonly docIds: Int32Array;
  /** BM25F saturation per posting (0–1). */
  readonly strengths: Float32Array;
  /** 1 for the terms some entry has in a field written in users' words (SearchOptions.usersFields). */
  readonly inUsersWords: Uint8Array;
}

/**
 * Indexes the documents: BM25F saturation precomputed per posting, so that a query costs one
 * pass over the postings of its words, whatever the length of the fields.
 */
export function buildPostings(
  docs: DocumentSource,
  terms: { readonly stems: readonly string[] },
  options: Bm25fOptions,
): Bm25fParts {
  const { fieldWeights, k1, b } = options;
  // One pass over the documents: averages come from character lengths, so nothing is
  // tokenised twice and no token list outlives its document.
  // Each field's length is read once: lengths[doc * FIELDS.length + field], averages[field].
  const lengths = new Float64Array(docs.count * FIELDS.length);
  const averages = FIELDS.map((f, i) => {
    let total = 0;
    for (let d = 0; d < docs.count; d++) total += lengths[d * FIELDS.length + i] = docs.length(d, f);
    return total / docs.count || 1;
  });
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
  const usersFields: ReadonlySet<Field> = new Set(options.usersFields);
  for (let id = 0; id < docs.count; id++) {
    for (let i = 0; i < FIELDS.length; i++) {
      const field: Field = FIELDS[i] ?? 'questions';
      const weight: number = fieldWeights[field];
      add = weight / (1 - b + (b * (lengths[id * FIELDS.length + i] ?? 0)) / (averages[i] ?? 1));
      usersField = usersFields.has(field) ? 1 : 0;
      docs.eachTerm(id, field, count);
    }
    for (const term of touched) {
      const value = tf[term] ?? 0;
      rows.push(term, id, value / (k1 + value));
      tf[term] = 0;
    }
    touched.length = 0;
  }
  // Read only now: indexing interns the terms as it meets them.
  const { offsets, docs: docIds, strengths } = rows.byTerm(terms.stems.length);
  return { size: docs.count, offsets, docIds, strengths, inUsersWords: users };
}
