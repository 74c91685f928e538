import { capInput } from '../text/normalize.ts';
import { blankMarkup } from '../text/message-text.ts';
import { messageSentences } from '../text/sentences.ts';
import type { MatchResult } from './match-result.ts';

/** Longest message, in characters, that claims() reads: a Discord message's limit. */
export const MAX_MESSAGE_CHARS = 2000;
/** Most claims returned for one message. */
export const MAX_CLAIMS = 3;

/** A stretch of the message: offsets into the text as given, and the text itself. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One claim of a message that the article responds to, with its answer. */
export interface Claim {
  readonly span: Span;
  /** The matcher's answer to the span; always answered. */
  readonly result: MatchResult;
}

/** The claims of one message, in the order they appear in it. */
export interface MessageClaims {
  /** The message as read (capped to MAX_MESSAGE_CHARS). */
  readonly text: string;
  readonly claims: readonly Claim[];
}

/**
 * Reads a whole message for the claims the article responds to. Each sentence is matched on its
 * own, since a message mixes claims with chat ("lol. Karabakh was never a colony. Period."); when
 * no sentence alone is answered, the whole message is tried, since a claim can run over two.
 * Claims answered by the same entry merge into the best-scoring one; the MAX_CLAIMS strongest
 * are kept, in the order they appear.
 */
export function findClaims(ask: (text: string) => MatchResult, message: string): MessageClaims {
  const steps = claimSteps(message);
  let step = steps.next();
  while (!step.done) step = steps.next(ask(step.value));
  return step.value;
}

/** findClaims with an asynchronous ask (the hybrid matcher's, with its re-rank step). */
export async function findClaimsAsync(
  ask: (text: string) => Promise<MatchResult>,
  message: string,
): Promise<MessageClaims> {
  const steps = claimSteps(message);
  let step = steps.next();
  while (!step.done) step = steps.next(await ask(step.value));
  return step.value;
}

/** The reading of findClaims as steps: it yields each text to ask and is sent back its answer. */
function* claimSteps(message: string): Generator<string, MessageClaims, MatchResult> {
  const text = capInput(message, MAX_MESSAGE_CHARS);
  const plain = blankMarkup(text);
  const sentences = messageSentences(plain);
  const found: Claim[] = [];
  for (const sentence of sentences) {
    const result = yield sentence.text;
    if (result.answered) found.push({ span: spanOf(text, sentence.start, sentence.text.length), result });
  }
  const first = sentences[0];
  const last = sentences.at(-1);
  if (found.length === 0 && sentences.length > 1 && first && last) {
    const result = yield plain;
    const span = spanOf(text, first.start, last.start + last.text.length - first.start);
    if (result.answered) found.push({ span, result });
  }
  const best = new Map<string, Claim>();
  for (const claim of found) {
    const id = claim.result.candidates[0]?.entry.id ?? '';
    const held = best.get(id);
    if (!held || strength(claim) > strength(held)) best.set(id, claim);
  }
  const kept = [...best.values()].sort((a, b) => strength(b) - strength(a)).slice(0, MAX_CLAIMS);
  return { text, claims: kept.sort((a, b) => a.span.start - b.span.start) };
}

/** How strongly a claim is answered: its best candidate's score times its coverage. */
function strength(claim: Claim): number {
  const best = claim.result.candidates[0];
  return best ? best.score * best.coverage : 0;
}

function spanOf(text: string, start: number, length: number): Span {
  return { start, end: start + length, text: text.slice(start, start + length) };
}
