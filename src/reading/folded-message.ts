/**
 * A message folded for the reading patterns, with the source's publisher read as "the publisher".
 * The publisher's names come from the source's front matter (`publisher_names`), so that the
 * patterns name no publisher of their own: "what does AVİM say about X" reads "what does the
 * publisher say about X".
 */
import { foldText } from '../text/normalize.ts';

/** No publisher names: the patterns' own words only. */
export const NO_NAMES: readonly string[] = [];
const namesPattern = new WeakMap<readonly string[], RegExp | null>();
function publisherPattern(names: readonly string[]): RegExp | null {
  let found = namesPattern.get(names);
  if (found === undefined) {
    const folded = names
      .map(foldText)
      .filter((n) => n !== '')
      .sort((a, b) => b.length - a.length);
    const escaped = folded.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    found = folded.length > 0 ? new RegExp(`\\b(the )?(${escaped.join('|')})s?\\b`, 'g') : null;
    namesPattern.set(names, found);
  }
  return found;
}

/** A message folded, each of the publisher's names read as "the publisher". */
export function foldedMessage(text: string, publisherNames: readonly string[] = NO_NAMES): string {
  const folded = foldText(text);
  const names = publisherPattern(publisherNames);
  return names ? folded.replace(names, 'the publisher') : folded;
}
