import { KIND_EXAMPLES } from './kind-examples/index.ts';
import type { ReplyKind } from './message-kind.ts';

/** The kind the model reads a message as, and by how much it leads the next one. */
export interface KindGuess {
  readonly kind: ReplyKind;
  /** The best kind's score minus the runner-up's (ridge scores: about 1 for a typical example). */
  readonly lead: number;
}

/**
 * The model's guess at a message's kind, from its score for each kind (in KIND_EXAMPLES' order):
 * a ridge classifier over the examples' sentence vectors, as entries are (entry-space.ts). Word
 * patterns miss what people write next ("gimme the tldr on the un stuff", "ngl is this bot just
 * propaganda"); a sentence vector places it beside the examples it resembles (bench/NOTES.md,
 * twelfth session).
 */
export function kindGuess(scores: Float32Array | undefined): KindGuess | undefined {
  if (!scores || scores.length !== KIND_EXAMPLES.length) return undefined;
  const order = [...scores.keys()].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const [best, next] = order;
  if (best === undefined || next === undefined) return undefined;
  const kind = KIND_EXAMPLES[best]?.kind;
  if (kind === undefined) return undefined;
  return { kind, lead: (scores[best] ?? 0) - (scores[next] ?? 0) };
}
