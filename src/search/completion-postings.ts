// Which entries hold which word, and the sum that ranks entries for typed words. Kept apart from
// the index (completion-index.ts), which decides what a typed word may stand for.

/** A typed word's readings: vocabulary words, each with how close it is to what was typed. */
export type Readings = ReadonlyMap<string, number>;

/** Entries (by number) with each word, and the weight the word has in each. */
export class CompletionPostings {
  readonly #entries = new Map<string, number[]>();
  readonly #weights = new Map<string, number[]>();
  #sorted: string[] | undefined;

  constructor(private readonly size: number) {}

  /** Records that entry `n` has `word`, counting `weight` (each word once per entry). */
  add(word: string, n: number, weight: number): void {
    let entries = this.#entries.get(word);
    if (!entries) {
      entries = [];
      this.#entries.set(word, entries);
      this.#weights.set(word, []);
      this.#sorted = undefined;
    }
    entries.push(n);
    this.#weights.get(word)?.push(weight);
  }

  has(word: string): boolean {
    return this.#entries.has(word);
  }

  /** Every word, in order. */
  words(): readonly string[] {
    this.#sorted ??= [...this.#entries.keys()].sort();
    return this.#sorted;
  }

  /** Up to `max` words that start with `prefix` and are longer than it, in order. */
  startingWith(prefix: string, max: number): string[] {
    const sorted = this.words();
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
   * Entries ranked for the typed words: each typed word adds its best reading in the entry
   * (closeness × the word's weight there); an entry must meet at least `needed` typed words.
   * Ties keep the knowledge base's order.
   */
  score(typed: readonly Readings[], needed: number): { n: number; score: number }[] {
    const total = new Float64Array(this.size);
    const met = new Uint8Array(this.size);
    const best = new Float64Array(this.size);
    const touched: number[] = [];
    for (const readings of typed) {
      const now: number[] = [];
      for (const [word, closeness] of readings) {
        const entries = this.#entries.get(word) ?? [];
        const weights = this.#weights.get(word) ?? [];
        for (let i = 0; i < entries.length; i++) {
          const n = entries[i]!;
          const value = closeness * weights[i]!;
          if (value <= 0) continue;
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
    return touched
      .filter((n) => met[n]! >= needed)
      .map((n) => ({ n, score: total[n]! }))
      .sort((a, b) => b.score - a.score || a.n - b.n);
  }
}
