// Which entries hold which word, and the sum that ranks entries for typed words. Kept apart from
// the index (completion-index.ts), which decides what a typed word may stand for. Built as one
// compressed table (each word's entries side by side in typed arrays), not a list per word: at
// 50,000 entries there are hundreds of thousands of words, and as many small lists kept the
// garbage collector busy for seconds.

/** A typed word's readings: vocabulary words, each with how close it is to what was typed. */
export type Readings = ReadonlyMap<string, number>;

/** Entries (by number) with each word, and the weight the word has in each. */
export class CompletionPostings {
  readonly #ids = new Map<string, number>();
  #words: string[] = [];
  #sorted: string[] = [];
  // While adding: one (word, entry, weight) triple per posting. After `finish`: the table.
  #pending: { word: number[]; entry: number[]; weight: number[] } | undefined = { word: [], entry: [], weight: [] };
  #start = new Int32Array(1);
  #entry = new Int32Array(0);
  #weight = new Uint8Array(0);
  // Scratch for `score`, kept between calls: one slot per entry.
  readonly #total: Float64Array;
  readonly #best: Float64Array;
  readonly #met: Uint8Array;

  constructor(size: number) {
    this.#total = new Float64Array(size);
    this.#best = new Float64Array(size);
    this.#met = new Uint8Array(size);
  }

  /** Records that entry `n` has `word` with `weight` (1 to 255); each word once per entry, entries in order. */
  add(word: string, n: number, weight: number): void {
    const pending = this.#pending;
    if (!pending) throw new Error('the postings are finished');
    let id = this.#ids.get(word);
    if (id === undefined) {
      id = this.#words.length;
      this.#ids.set(word, id);
      this.#words.push(word);
    }
    pending.word.push(id);
    pending.entry.push(n);
    pending.weight.push(weight);
  }

  /** Lays the postings out word by word (a counting sort, which keeps each word's entries in order). */
  finish(): void {
    const pending = this.#pending;
    if (!pending) return;
    const count = this.#words.length;
    const start = new Int32Array(count + 1);
    for (const id of pending.word) start[id + 1]! += 1;
    for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, count);
    this.#entry = new Int32Array(pending.word.length);
    this.#weight = new Uint8Array(pending.word.length);
    pending.word.forEach((id, i) => {
      const at = next[id]!++;
      this.#entry[at] = pending.entry[i]!;
      this.#weight[at] = pending.weight[i]!;
    });
    this.#start = start;
    this.#sorted = [...this.#words].sort();
    this.#pending = undefined;
  }

  has(word: string): boolean {
    return this.#ids.has(word);
  }

  /** Every word, in order. */
  words(): readonly string[] {
    return this.#sorted;
  }

  /** Up to `max` words that start with `prefix` and are longer than it, in order. */
  startingWith(prefix: string, max: number): string[] {
    const sorted = this.#sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((sorted[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    const out: string[] = [];
    for (let i = low; i < sorted.length && out.length < max; i++) {
      const word = sorted[i] ?? '';
      if (!word.startsWith(prefix)) break;
      if (word !== prefix) out.push(word);
    }
    return out;
  }

  /**
   * The best `limit` entries for the typed words: each typed word adds its best reading in the
   * entry (closeness × the word's weight there); an entry must meet at least `needed` typed words.
   * Ties keep the knowledge base's order.
   */
  score(typed: readonly Readings[], needed: number, limit: number): { n: number; score: number }[] {
    const total = this.#total;
    const best = this.#best;
    const met = this.#met;
    const touched: number[] = [];
    for (const readings of typed) {
      const now: number[] = [];
      for (const [word, closeness] of readings) {
        const id = this.#ids.get(word);
        if (id === undefined || closeness <= 0) continue;
        for (let i = this.#start[id]!; i < this.#start[id + 1]!; i++) {
          const n = this.#entry[i]!;
          const value = closeness * this.#weight[i]!;
          if (best[n] === 0) now.push(n);
          if (value > best[n]!) best[n] = value;
        }
      }
      for (const n of now) {
        if (met[n] === 0) touched.push(n);
        total[n]! += best[n]!;
        met[n]! += 1;
        best[n] = 0;
      }
    }
    const found = touched.filter((n) => met[n]! >= needed);
    // Only the entries at or above the limit-th best score are sorted: thousands may be touched.
    const scores = Float64Array.from(found, (n) => total[n]!).sort();
    const floor = scores.length > limit ? scores[scores.length - limit]! : 0;
    const ranked = found
      .filter((n) => total[n]! >= floor)
      .map((n) => ({ n, score: total[n]! }))
      .sort((a, b) => b.score - a.score || a.n - b.n)
      .slice(0, limit);
    for (const n of touched) {
      total[n] = 0;
      met[n] = 0;
    }
    return ranked;
  }
}
