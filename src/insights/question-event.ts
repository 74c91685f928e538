import type { AskOutcome } from '../handlers/ask-outcome.ts';
import type { EntryPoint, QuestionEvent } from './types.ts';

/**
 * A question as recorded: where from, its outcome and how long the answer took, the text only if
 * the server keeps it. No user id.
 */
export function questionEvent(via: EntryPoint, guildId: string | null, outcome: AskOutcome, startedAt: number, storeText: boolean): QuestionEvent {
  return {
    at: Date.now(), guildId, via, question: storeText ? outcome.question : undefined, verdict: outcome.verdict,
    entryId: outcome.entryId, candidates: outcome.candidates, latencyMs: Math.round((performance.now() - startedAt) * 100) / 100,
  };
}
