import type { AskOutcome } from '../handlers/ask-outcome.ts';
import type { EntryPoint, QuestionEvent, ServerSettings } from './types.ts';

/**
 * A question as recorded: where from, its outcome and how long the answer took, the text unless
 * the server's settings say outcomes only. No user id.
 */
export function questionEvent(via: EntryPoint, guildId: string | null, outcome: AskOutcome, startedAt: number, settings: ServerSettings): QuestionEvent {
  return {
    at: Date.now(), guildId, via, question: settings.storeText === false ? undefined : outcome.question, verdict: outcome.verdict,
    entryId: outcome.entryId, candidates: outcome.candidates, latencyMs: Math.round((performance.now() - startedAt) * 100) / 100,
  };
}
