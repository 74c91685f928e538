import pino, { type Logger } from 'pino';
import { redact } from './config/redact.ts';

/** Where log lines go: anything with a `write`, standard output by default. */
export interface LogDestination {
  write(line: string): unknown;
}

/**
 * The one logger. Fields that could hold the token are redacted by path, and the token's value —
 * and anything shaped like a token — is scrubbed from every line on its way out, so it never
 * reaches a log, whatever carried it.
 */
export function createLogger(level: string, token?: string, destination: LogDestination = pino.destination(1)): Logger {
  const out = { write: (line: string) => destination.write(redact(line, [token])) };
  return pino(
    {
      level,
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
    },
    out,
  );
}
