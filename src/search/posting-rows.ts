/** Growable (term, doc, strength) rows, turned into compressed sparse rows by term. */
export class PostingRows {
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
