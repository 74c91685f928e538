import type { MessageClaims } from '../search/claims.ts';
import type { Candidate, MatchResult } from '../search/matcher.ts';
import { readMessage, type Reading } from '../answer/reading.ts';
import { replyToReading } from '../replies/reading-replies.ts';
import { counterOrWhyNot } from '../replies/counter-replies.ts';
import type { Visibility } from '../replies/custom-id.ts';
import type { Reply } from '../replies/view.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import { entryReply, pickedEntry } from './command-replies.ts';

/** What became of a question: the verdict, the entry answered with, and the top candidates. */
export interface AskOutcome {
  /** The matcher's verdict, or "picked" for an entry chosen by name. */
  readonly verdict: string;
  readonly entryId: string | undefined;
  readonly candidates: readonly (readonly [string, number])[];
  /** The question as asked, or the picked entry's topic. */
  readonly question: string;
}

/** A candidate as recorded: its entry id and its score to three decimals. */
const scored = (c: Candidate) => [c.entry.id, Math.round(c.score * 1000) / 1000] as const;

/** A reading's outcome as insights record it: chat, about and topic questions by their kind. */
export function readingOutcome(reading: Reading): AskOutcome {
  if (reading.match) return outcomeOf(reading.match);
  const candidates = reading.picks.map((e) => [e.id, 0] as const);
  return { verdict: reading.kind, entryId: undefined, candidates, question: reading.text };
}

/** A match's outcome as insights record it. */
export function outcomeOf(match: MatchResult): AskOutcome {
  return { verdict: match.verdict, entryId: match.answered ? match.candidates[0]?.entry.id : undefined, candidates: match.candidates.map(scored), question: match.question };
}

/** An entry reached by name (an autocomplete pick, a suggestion button). */
export function pickedOutcome(id: string, topic: string): AskOutcome {
  return { verdict: 'picked', entryId: id, candidates: [[id, 1]], question: topic };
}

/** `/ask`: a picked entry exactly, or the matcher's answer to free text. */
export async function askReply(loaded: LoadedKnowledge, question: string, visibility: Visibility): Promise<Reply> {
  return (await askWithOutcome(loaded, question, visibility)).reply;
}

/** `/ask` with what became of it: the reply, and the outcome to record. */
export async function askWithOutcome(loaded: LoadedKnowledge, question: string, visibility: Visibility): Promise<{ reply: Reply; outcome: AskOutcome }> {
  const picked = pickedEntry(loaded, question);
  if (picked) return { reply: entryReply(loaded, picked, visibility), outcome: pickedOutcome(picked.id, picked.topic) };
  const reading = await readMessage(loaded.matcher, question);
  return { reply: replyToReading(loaded.knowledge, reading, visibility), outcome: readingOutcome(reading) };
}

/** A whole message countered: its claims' entries, or the whole message's match when it had none. */
function counterOutcome(found: MessageClaims, whole: MatchResult | undefined): AskOutcome {
  const first = found.claims[0]?.result;
  if (!first) return whole ? { ...outcomeOf(whole), question: found.text } : { verdict: 'no-content', entryId: undefined, candidates: [], question: found.text };
  const candidates = found.claims.flatMap((c) => (c.result.candidates[0] ? [scored(c.result.candidates[0])] : []));
  return { verdict: first.verdict, entryId: candidates[0]?.[0], candidates, question: found.text };
}

/**
 * A whole message countered ("Counter with the article", a mention replying to a message): the
 * reply, and the outcome to record (none for a message without text). The whole message is
 * matched only when none of its claims is answered, once, for the reply and the outcome alike.
 */
export async function counterWithOutcome(
  loaded: LoadedKnowledge, content: string, options: Parameters<typeof counterOrWhyNot>[3],
): Promise<{ reply: Reply; outcome: AskOutcome | undefined }> {
  const found = await loaded.matcher.claims(content);
  const hasText = found.text.trim() !== '';
  const whole = hasText && found.claims.length === 0 ? await loaded.matcher.ask(content) : undefined;
  const reply = counterOrWhyNot(loaded.knowledge, found, whole, options);
  return { reply, outcome: hasText ? counterOutcome(found, whole) : undefined };
}
