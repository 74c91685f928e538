/**
 * The Levenshtein distance between two words: the fewest insertions, deletions and substitutions
 * of one UTF-16 code unit that turn `a` into `b` (an adjacent swap counts as two).
 *
 * Why not Fuse.js's score: Fuse scores the best *substring* match, so "ping" scores as near to
 * "bring" as to "pint"; the typo check needs the whole word's distance. The words compared are at
 * most 32 characters (see vocabulary.ts), so the textbook dynamic programme, one row at a time, is
 * fast enough (under a microsecond a pair) and needs no library. It gives what fastest-levenshtein
 * gave: the same definition, counted in the same code units.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // row[j]: the distance between the first i characters of a and the first j of b, for the i
  // being filled in; `diagonal` holds row[j - 1] of the row before.
  const row = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = i - 1;
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const substitution = diagonal + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      row[j] = Math.min(substitution, above + 1, row[j - 1]! + 1);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The edit distance of `a` and `b` when it is at most `limit`, and `limit + 1` when it is more.
 * Only the diagonal band of width 2·limit + 1 is filled (a cell further from the diagonal is
 * already over the limit), and the work stops at the first row wholly over it. The typo check
 * allows one edit or two: a word meets each vocabulary word of a similar length in a few dozen
 * steps, about ten times faster than Fuse.js's search over the same words, with the same result.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  if (a === b) return 0;
  const m = b.length;
  // Rows i - 1 and i of the table; each row writes one cell either side of its band, so that the
  // next row reads no stale value.
  let previous = new Uint32Array(m + 1);
  let current = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    let best = current[from - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (to < m) current[to + 1] = over;
    if (best >= over) return over;
    [previous, current] = [current, previous];
  }
  return previous[m]!;
}
