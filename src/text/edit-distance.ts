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
