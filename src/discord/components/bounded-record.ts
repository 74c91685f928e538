/**
 * A record kept in memory, of at most `max` keys: past that the oldest is forgotten. For what the
 * bot needs to remember for a while (what it posted, which button was used) without a store: a
 * restart forgetting it costs little, and an unbounded map would grow for as long as the bot runs.
 */
export class BoundedRecord<V> {
  readonly #kept = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.#kept.get(key);
  }

  set(key: string, value: V): void {
    this.#kept.delete(key);
    this.#kept.set(key, value);
    if (this.#kept.size > this.max) {
      const oldest = this.#kept.keys().next();
      if (!oldest.done) this.#kept.delete(oldest.value);
    }
  }

  /** Sets `key` if it is not kept yet; false when it was (someone claimed it first). */
  claim(key: string, value: V): boolean {
    if (this.#kept.has(key)) return false;
    this.set(key, value);
    return true;
  }

  delete(key: string): void {
    this.#kept.delete(key);
  }
}
