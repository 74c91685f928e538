import { blankAttribution } from '../text/attribution.ts';
import { blankMarkup } from '../text/message-text.ts';
import { capInput } from '../text/normalize.ts';
import { claimParts, clausesOf, messageSentences } from '../text/sentences.ts';
import type { Candidate } from './candidate.ts';
import type { Reading } from './match-result.ts';
import type { TokensOf } from './publisher-words.ts';

// A message is read whole and in parts: its sentences, or the clauses and claims of its one
// sentence. The hybrid matcher embeds these texts beforehand (textsToRead), under the very text
// the matcher then matches each part as.

/** A question as the matcher reads it: markup and quoted attributions blanked out. */
export function plainOf(question: string): string {
  return blankAttribution(blankMarkup(capInput(question)));
}

/**
 * The texts a question may be read as, whole and in parts (see bySentence): what the semantic
 * scores are computed for beforehand, at most `limit` of them. The parts are split only when the
 * whole leaves room for them (the hybrid matcher reads the whole alone).
 */
export function textsToRead(question: string, limit: number): string[] {
  const plain = plainOf(question);
  const texts = new Set(plain.trim() === '' ? [] : [plain]);
  if (texts.size >= limit) return [...texts].slice(0, limit);
  const sentences = messageSentences(plain);
  const parts = [...(sentences.length >= 2 ? sentences : clausesOf(plain)), ...claimParts(plain)];
  for (const part of parts) {
    const text = plainOf(part.text);
    if (text.trim() !== '') texts.add(text);
    if (texts.size >= limit) break;
  }
  return [...texts];
}

/** Matches one part of a message on its own (the matcher's ask, not split again). */
export type AskPart = (part: string) => Reading;

/** Most other claims of one message offered beside its answer. */
export const MAX_ALSO = 2;

/**
 * A message of several sentences that is refused as a whole is answered when one of its sentences
 * alone is answered by the entry the whole message ranks first: "We offered autonomy. We said
 * there are good examples in Europe. They rejected everything." is about the autonomy offer, though
 * its other sentences bring words no entry explains. Requiring the same first entry keeps an
 * off-topic message with one stray on-topic sentence refused. A message of one long sentence is
 * read clause by clause the same way, clauses of at least `clauseMinWords` content words ("Sitting
 * in a Yerevan cafe last night, we argued for hours about football and politics, but everyone
 * agreed Karabakh was never a colony"). (Tuning half of
 * the real phrasings: one more answered right by sentences, three by clauses; none more off-topic
 * answered.)
 */
export function bySentence(
  plain: string,
  candidates: readonly Candidate[],
  ask: AskPart,
  { tokensOf, clauseMinWords }: { readonly tokensOf: TokensOf; readonly clauseMinWords: number },
): Pick<Reading, 'answered' | 'verdict' | 'close'> | undefined {
  const [first] = candidates;
  if (!first) return undefined;
  const sentences = messageSentences(plain);
  const parts =
    sentences.length >= 2
      ? sentences
      : clausesOf(plain).filter((clause) => tokensOf(clause.text).length >= clauseMinWords);
  if (parts.length < 2) return undefined;
  for (const part of parts) {
    const result = ask(part.text);
    if (!result.answered || result.candidates[0]?.entry !== first.entry) continue;
    // The reply shows the whole message's candidates: only those can be named close.
    const close = result.close.filter((id) => candidates.some((c) => c.entry.id === id));
    return { answered: true, verdict: close.length > 0 ? 'close' : 'clear', close };
  }
  return undefined;
}

/**
 * The claims a message makes besides the one answered: each of its parts (claimParts) that is
 * answered on its own by another entry, strongest first. A message that is refused as a whole
 * still gets its parts' answers as picks rather than a dead end.
 */
export function otherClaims(plain: string, answeredBy: string | undefined, ask: AskPart): Candidate[] {
  const parts = claimParts(plain);
  if (parts.length < 2) return [];
  const found = new Map<string, Candidate>();
  for (const part of parts) {
    const result = ask(part.text);
    const [best] = result.candidates;
    if (!result.answered || !best || best.entry.id === answeredBy) continue;
    const held = found.get(best.entry.id);
    if (!held || best.score > held.score) found.set(best.entry.id, best);
  }
  return [...found.values()].sort((a, b) => b.score - a.score).slice(0, MAX_ALSO);
}
