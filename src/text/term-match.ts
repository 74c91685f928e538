/**
 * How a scope term (knowledge/scope.yaml) is found in a text: its words' stems in order, with at
 * most MAX_GAP other content words between each two ("won the 2020 war" names "won war"). Shared
 * by the matcher, which sends such questions away, and by kb:check, which makes sure no term
 * would send away an entry's own example question.
 */

/** Most words a text may put between two words of a term. */
export const MAX_GAP = 2;

/** Whether `term` follows in order from stems[start] (which must be the term's first stem). */
export function termFollows(stems: readonly string[], start: number, term: readonly string[]): boolean {
  let at = start;
  for (let k = 1; k < term.length; k++) {
    let next = -1;
    for (let j = at + 1; j <= at + 1 + MAX_GAP && j < stems.length; j++) {
      if (stems[j] === term[k]) {
        next = j;
        break;
      }
    }
    if (next < 0) return false;
    at = next;
  }
  return true;
}

/** Whether `term` is found anywhere in `stems`. */
export function hasTerm(stems: readonly string[], term: readonly string[]): boolean {
  return stems.some((stem, i) => stem === term[0] && termFollows(stems, i, term));
}
