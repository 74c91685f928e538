import type { HybridMatcher } from '../search/hybrid-matcher.ts';
import type { MatchResult } from '../search/matcher.ts';
import { kindGuess, type KindGuess } from './kind-guess.ts';
import { mirrored } from './mirror.ts';

/** One kind's gate: see GUESS_GATES. */
interface GuessGate {
  readonly words: number;
  readonly lead: number;
  /** The lead needed over an entry the words are sure of; never, without it. */
  readonly sureLead?: number;
}

/**
 * When the model decides a kind the patterns missed: for a message of at most `words` words, when
 * its best kind leads the next by `lead`, and over an entry the words are sure answers it only
 * by `sureLead`. Longer, real posts ("The Grand Chamber discussed how the NKR is integrated
 * into…") read as topics or chat. Chosen on the 807 real posts of the matching and stance sets
 * (none may change kind) and the kind sets up to the fifth (bench/NOTES.md, twelfth and thirteenth
 * sessions): chat is rarely mistaken (a lead of 0.05 serves), questions about the bot run longer
 * ("is this bot run by the server mods or by some outside org").
 */
/** Most words chat runs to: longer, a message argues or asks, whatever opens it. */
export const CHAT_MAX_WORDS = 12;

const GUESS_GATES: Readonly<Record<'chat' | 'about' | 'topic', GuessGate>> = {
  chat: { words: CHAT_MAX_WORDS, lead: 0.05 },
  about: { words: 20, lead: 0.2, sureLead: 0.3 },
  topic: { words: 12, lead: 0.2 },
};
const GUESS_MAX_WORDS = Math.max(...Object.values(GUESS_GATES).map((gate) => gate.words));

const wordsOf = (text: string) => text.split(/\s+/).length;
const isSure = (match: MatchResult) => match.answered && match.verdict === 'clear';

/** The model's guess at a message's kind, if it is short enough for any gate to let it decide. */
export async function guessKind(matcher: HybridMatcher, text: string): Promise<KindGuess | undefined> {
  if (wordsOf(text) > GUESS_MAX_WORDS) return undefined;
  return matcher.kindScores(text).then(kindGuess, () => undefined);
}

/** Whether a guess passes its kind's gate for this message and its match. */
function passes(guess: KindGuess | undefined, text: string, match: MatchResult): guess is KindGuess {
  const gate = guess && Object.hasOwn(GUESS_GATES, guess.kind) ? GUESS_GATES[guess.kind as 'chat'] : undefined;
  const lead = isSure(match) ? gate?.sureLead : gate?.lead;
  return !!guess && !!gate && lead !== undefined && wordsOf(text) <= gate.words && guess.lead >= lead;
}

/**
 * The kind the model decides for a message the patterns missed, or undefined to leave it to the
 * words: only if its guess passes the gate, and the same guess passes for the message with the
 * sides' names swapped ("azeris crying again lol" is chat only if "armenians crying again lol" is).
 */
export async function gatedKind(
  matcher: HybridMatcher,
  text: string,
  match: MatchResult,
  guess: KindGuess | undefined,
): Promise<'chat' | 'about' | 'topic' | undefined> {
  if (!passes(guess, text, match)) return undefined;
  const mirror = mirrored(text);
  if (mirror !== undefined) {
    const [otherMatch, other] = await Promise.all([matcher.ask(mirror), guessKind(matcher, mirror)]);
    if (!passes(other, mirror, otherMatch) || other.kind !== guess.kind) return undefined;
  }
  return guess.kind as 'chat' | 'about' | 'topic';
}
