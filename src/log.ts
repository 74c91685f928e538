import pino, { type Logger } from 'pino';
import { redact } from './config/redact.ts';

/** Where log lines go: anything with a `write`, standard output by default. */
export interface LogDestination {
  write(line: string): unknown;
}

/** An error as a log line carries it: what went wrong and where, never what was sent. */
export interface LoggedError {
  readonly type: string;
  readonly message: string;
  readonly name?: string;
  readonly code?: string | number;
  readonly status?: number;
  readonly method?: string;
  readonly url?: string;
  readonly stack?: string;
  readonly cause?: LoggedError;
}

/** How deep a chain of causes is followed: a cycle, or a very long chain, stops here. */
const MAX_CAUSES = 3;

/** A path segment that follows these is an interaction's or a webhook's token (a credential). */
const TOKEN_AFTER = /^(interactions|webhooks)$/;

/**
 * The path of a REST url as a route: no origin and no query, and every interaction or webhook
 * token replaced by `:token` (those tokens answer for the user's interaction for 15 minutes).
 */
export function routeOf(url: string): string {
  let path: string;
  try {
    path = new URL(url, 'http://localhost').pathname;
  } catch {
    return '[unparsed url]';
  }
  const parts = path.split('/');
  return parts
    .map((part, i) => {
      if (i >= 2 && TOKEN_AFTER.test(parts[i - 2] ?? '') && /^\d+$/.test(parts[i - 1] ?? '')) return ':token';
      // Anything long that is not an id or a word is treated as a secret too.
      return part.length > 40 && !/^\d+$/.test(part) ? ':token' : part;
    })
    .join('/');
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The `err` serializer: name, message, code, HTTP status, method, route and stack, and causes.
 * A DiscordAPIError or HTTPError also carries `requestBody` (the reply that was sent, which may
 * echo a member's question) and `rawError` (Discord's answer about it): both stay out of the log.
 */
export function serializeError(value: unknown, depth = 0): LoggedError {
  if (!(value instanceof Error)) {
    const type = value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value;
    // A thrown object is not described: it could hold anything.
    return { type, message: typeof value === 'object' && value !== null ? '[non-error object]' : String(value) };
  }
  const fields = value as Error & Record<string, unknown>;
  const code = fields.code;
  const url = text(fields.url);
  const cause = fields.cause;
  return {
    type: value.constructor.name,
    message: value.message,
    ...(value.name !== value.constructor.name ? { name: value.name } : {}),
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(typeof fields.status === 'number' ? { status: fields.status } : {}),
    ...(text(fields.method) ? { method: text(fields.method) } : {}),
    ...(url ? { url: routeOf(url) } : {}),
    ...(value.stack ? { stack: value.stack } : {}),
    ...(cause !== undefined && depth < MAX_CAUSES ? { cause: serializeError(cause, depth + 1) } : {}),
  };
}

/**
 * The one logger. Fields that could hold the token are redacted by path, and the token's value —
 * and anything shaped like a token — is scrubbed from every line on its way out, so it never
 * reaches a log, whatever carried it. Errors are logged through `serializeError`. `secrets` may
 * name more than the token (DATABASE_URL's password and the whole address: databaseSecrets),
 * scrubbed the same way.
 */
export function createLogger(
  level: string,
  secrets?: string | readonly (string | undefined)[],
  destination: LogDestination = pino.destination(1),
): Logger {
  const hidden = typeof secrets === 'string' || secrets === undefined ? [secrets] : secrets;
  const out = { write: (line: string) => destination.write(redact(line, hidden)) };
  return pino(
    {
      level,
      serializers: { err: serializeError },
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
    },
    out,
  );
}

/** What of DATABASE_URL must never be logged: the whole address, and its password alone. */
export function databaseSecrets(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password ? [url, password] : [url];
  } catch {
    return [url];
  }
}
