import type { EntryPoint, QuestionEvent, ServerSettings } from './types.ts';

/** What became of a question: the verdict, the entry answered with, and the top candidates. */
export interface AskOutcome {
  /** The matcher's verdict, the kind of reading ("chat", "topic"…), or "picked" for an entry chosen by name. */
  readonly verdict: string;
  readonly entryId: string | undefined;
  readonly candidates: readonly (readonly [string, number])[];
  /** The question as asked, or the picked entry's topic. */
  readonly question: string;
}

/**
 * A question as recorded: where from, its outcome and how long the answer took, the text unless
 * the server's settings say outcomes only. No user id.
 */
export function questionEvent(
  via: EntryPoint,
  guildId: string | null,
  outcome: AskOutcome,
  startedAt: number,
  settings: ServerSettings,
): QuestionEvent {
  return {
    at: Date.now(),
    guildId,
    via,
    question: settings.storeText === false ? undefined : outcome.question,
    verdict: outcome.verdict,
    entryId: outcome.entryId,
    candidates: outcome.candidates,
    latencyMs: Math.round((performance.now() - startedAt) * 100) / 100,
  };
}
