import type { MessageClaims } from '../search/claims.ts';
import type { MatchResult } from '../search/matcher.ts';
import { replyToQuestion } from '../replies/answer-replies.ts';
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

/** A match's outcome as insights record it. */
export function outcomeOf(match: MatchResult): AskOutcome {
  return {
    verdict: match.verdict,
    entryId: match.answered ? match.candidates[0]?.entry.id : undefined,
    candidates: match.candidates.map((c) => [c.entry.id, Math.round(c.score * 1000) / 1000] as const),
    question: match.question,
  };
}

/** An entry reached by name (an autocomplete pick, a suggestion button). */
export function pickedOutcome(id: string, topic: string): AskOutcome {
  return { verdict: 'picked', entryId: id, candidates: [[id, 1]], question: topic };
}

/** `/ask` with what became of it: the reply, and the outcome to record. */
export function askWithOutcome(loaded: LoadedKnowledge, question: string, visibility: Visibility): { reply: Reply; outcome: AskOutcome } {
  const picked = pickedEntry(loaded, question);
  if (picked) return { reply: entryReply(loaded, picked, visibility), outcome: pickedOutcome(picked.id, picked.topic) };
  const match = loaded.matcher.ask(question);
  return { reply: replyToQuestion(loaded.knowledge, match, visibility), outcome: outcomeOf(match) };
}

/** A whole message countered: its claims' entries, or the whole message's match when it had none. */
export function counterOutcome(found: MessageClaims, whole: () => MatchResult): AskOutcome {
  const first = found.claims[0]?.result;
  if (!first) return { ...outcomeOf(whole()), question: found.text };
  const candidates = found.claims.flatMap((c) => (c.result.candidates[0] ? [[c.result.candidates[0].entry.id, Math.round(c.result.candidates[0].score * 1000) / 1000] as const] : []));
  return { verdict: first.verdict, entryId: candidates[0]?.[0], candidates, question: found.text };
}
