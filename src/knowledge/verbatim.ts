import { verbatimForm } from '../text/normalize.ts';

/** Whether `quote` appears word for word in one of `texts` (whitespace and quote marks aside). */
export function isVerbatimIn(quote: string, texts: readonly string[]): boolean {
  const needle = verbatimForm(quote);
  return texts.some((text) => verbatimForm(text).includes(needle));
}

/**
 * The longest start of `quote` that does appear in one of `texts`, so a report can show where a
 * quote stops matching. Found by binary search: every start of a found prefix is found too.
 */
export function longestVerbatimPrefix(quote: string, texts: readonly string[]): string {
  const needle = verbatimForm(quote);
  const haystacks = texts.map(verbatimForm);
  let low = 0;
  let high = needle.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const prefix = needle.slice(0, mid);
    if (haystacks.some((h) => h.includes(prefix))) low = mid;
    else high = mid - 1;
  }
  return needle.slice(0, low);
}
