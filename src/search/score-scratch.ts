import type { Bm25fIndex } from './bm25f-index.ts';

/**
 * The working memory of scoring one question, allocated once per index: per-entry sums, the best
 * reading of the current word per entry, and the lists of entries touched. Stamps say which pass
 * (question) and round (word) a slot was last written in, so nothing is cleared between questions.
 */
export class ScoreScratch {
  readonly score: Float64Array;
  readonly coverage: Float64Array;
  readonly best: Float64Array;
  /** Entries touched by this question, in the order first met. */
  readonly touched: Int32Array;
  /** Entries the current word reaches. */
  readonly found: Int32Array;
  readonly passOf: Uint32Array;
  readonly roundOf: Uint32Array;
  #pass = 0;
  #round = 0;

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.coverage = new Float64Array(size);
    this.best = new Float64Array(size);
    this.touched = new Int32Array(size);
    this.found = new Int32Array(size);
    this.passOf = new Uint32Array(size);
    this.roundOf = new Uint32Array(size);
  }

  /** A new question: its stamp. */
  nextPass(): number {
    if (++this.#pass === 0xffffffff) {
      this.passOf.fill(0);
      this.#pass = 1;
    }
    return this.#pass;
  }

  /** A new word: its stamp. */
  nextRound(): number {
    if (++this.#round === 0xffffffff) {
      this.roundOf.fill(0);
      this.#round = 1;
    }
    return this.#round;
  }
}

const scratches = new WeakMap<Bm25fIndex, ScoreScratch>();

/** The scratch of an index (one thread answers; a question is scored start to end in one go). */
export function scratchFor(index: Bm25fIndex): ScoreScratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    scratch = new ScoreScratch(index.size);
    scratches.set(index, scratch);
  }
  return scratch;
}
