import { RESTEvents, type Client } from 'discord.js';
import type { Logger } from 'pino';

/**
 * How long one warning speaks for its route. discord.js emits a rate-limit event for every request
 * it holds back, so a burst behind its own 50-a-second global limit once wrote one line per held
 * request (180,284 lines for 5,000 asks): now the first wait on a route is logged at once and the
 * rest of the window is summed up in one line when it closes.
 */
export const RATE_LIMIT_LOG_WINDOW_MS = 10_000;

export const RATE_LIMITED = 'rate limited by Discord; the request waits';
export const MORE_RATE_LIMITED = 'rate limited by Discord: more requests waited on this route';

interface Window {
  readonly first: Record<string, unknown>;
  count: number;
  longestWaitMs: number;
  readonly timer: NodeJS.Timeout;
}

/**
 * Logs when discord.js holds requests back for a rate limit (after a 429, or before one it sees
 * coming): the route as discord.js generalises it ("/channels/:id/messages"), the method, how long
 * it waits, whether the limit is global, and the bucket's limit. Never the URL: a webhook's
 * contains the interaction token; nor any id of a user. Returns a flush for shutdown, which writes
 * the summaries of windows still open; from then on each wait is logged as it comes (no window
 * would be closed: requests still queued when the client stopped may yet wait).
 */
export function attachRestLogging(client: Client, logger: Logger, windowMs = RATE_LIMIT_LOG_WINDOW_MS): () => void {
  const open = new Map<string, Window>();
  let flushed = false;
  const close = (key: string): void => {
    const window = open.get(key);
    if (!window) return;
    open.delete(key);
    clearTimeout(window.timer);
    if (window.count === 0) return;
    const { route, method, global } = window.first;
    const summary = { route, method, global, requests: window.count, longestWaitMs: window.longestWaitMs, windowMs };
    logger.warn(summary, MORE_RATE_LIMITED);
  };
  client.rest.on(RESTEvents.RateLimited, (info) => {
    const fields = {
      route: info.route,
      method: info.method.toUpperCase(),
      retryAfterMs: Math.round(info.retryAfter),
      global: info.global,
      limit: Number.isFinite(info.limit) ? info.limit : null,
      scope: info.scope,
    };
    if (flushed) {
      logger.warn(fields, RATE_LIMITED);
      return;
    }
    const key = `${fields.method} ${fields.route} ${String(fields.global)}`;
    const window = open.get(key);
    if (window) {
      window.count += 1;
      window.longestWaitMs = Math.max(window.longestWaitMs, fields.retryAfterMs);
      return;
    }
    logger.warn(fields, RATE_LIMITED);
    // Unref'd: a summary still pending never keeps a stopping process alive; the flush writes it.
    const timer = setTimeout(() => close(key), windowMs).unref();
    open.set(key, { first: fields, count: 0, longestWaitMs: 0, timer });
  });
  return () => {
    flushed = true;
    for (const key of [...open.keys()]) close(key);
  };
}
