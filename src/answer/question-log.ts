// One debug line per question answered, for whoever runs the bot. Its text is a member's words,
// so it is left out unless LOG_QUESTIONS=on; who asked is never in it, whatever the switch says.
import type { EntryPoint } from '../insights/types.ts';
import type { Answer } from './answer.ts';

/** The part of a logger a question log writes to: pino's `debug`. */
export interface DebugLog {
  debug(fields: Record<string, unknown>, message: string): void;
}

/** What a question log is told of one question: where it came from, and its text. */
export interface LoggedQuestion {
  readonly via: EntryPoint;
  readonly guildId: string | null;
  readonly text: string;
}

/** Writes the line of each question answered. */
export interface QuestionLog {
  answered(question: LoggedQuestion, found: Answer, ms: number): void;
}

/**
 * A question log on `log` at debug level: the entry point, the server, the kind of answer, its
 * verdict and entry, the time taken and, only when `withText` (LOG_QUESTIONS=on), the question.
 */
export function questionLog(log: DebugLog, withText: boolean): QuestionLog {
  return {
    answered(question, found, ms) {
      log.debug(
        {
          via: question.via,
          guild: question.guildId,
          kind: found.kind,
          verdict: found.outcome?.verdict,
          entry: found.outcome?.entryId,
          ms: Math.round(ms),
          ...(withText ? { question: question.text } : {}),
        },
        'question answered',
      );
    },
  };
}
