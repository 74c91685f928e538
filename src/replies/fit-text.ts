/**
 * Fits text into a length limit by cutting at a word boundary and adding an ellipsis: text never
 * makes Discord reject a reply, and a cut never falls inside a word (unless one word is longer
 * than the limit).
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max));
  const cut = text.slice(0, max - 1);
  const atSpace = cut.replace(/\s+\S*$/, '');
  return `${atSpace.length >= max / 2 ? atSpace : cut}…`;
}
