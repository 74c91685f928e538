/**
 * A message with the two sides' names swapped ("love from baku" ↔ "love from yerevan"): what the
 * other side would write. The kind of reply must not depend on which side a message names, so
 * the model's reading of a kind holds only if it holds for the mirror too (kind-gates.ts).
 */

/** Each side's name for the same thing; "azeri(s)" is mirrored, and mirrors back as "azerbaijani(s)". */
const PAIRS: readonly (readonly [string, string])[] = [
  ['armenia', 'azerbaijan'],
  ['armenian', 'azerbaijani'],
  ['armenians', 'azerbaijanis'],
  ['yerevan', 'baku'],
  ['artsakh', 'karabakh'],
  ['stepanakert', 'khankendi'],
  ['shushi', 'shusha'],
  ['pashinyan', 'aliyev'],
  ['armenias', 'azerbaijans'],
];
const ONE_WAY: Readonly<Record<string, string>> = { azeri: 'armenian', azeris: 'armenians' };

const SWAP = new Map<string, string>([...PAIRS.flatMap(([a, b]) => [[a, b] as const, [b, a] as const])]);
for (const [from, to] of Object.entries(ONE_WAY)) SWAP.set(from, to);
const NAME = new RegExp(String.raw`\b(${[...SWAP.keys()].join('|')})\b`, 'gi');

/** The message with every side's name swapped for the other's, or undefined if it names no side. */
export function mirrored(text: string): string | undefined {
  let swapped = false;
  const out = text.replace(NAME, (word) => {
    swapped = true;
    return SWAP.get(word.toLowerCase()) ?? word;
  });
  return swapped ? out : undefined;
}
