import { RESTEvents, type Client } from 'discord.js';
import type { Logger } from 'pino';

/**
 * Logs every time discord.js holds a request back for a rate limit (after a 429, or before one it
 * sees coming): the route as discord.js generalises it ("/channels/:id/messages"), the method, how
 * long it waits, whether the limit is global, and the bucket's limit. Never the URL: a webhook's
 * contains the interaction token; nor any id of a user.
 */
export function attachRestLogging(client: Client, logger: Logger): void {
  client.rest.on(RESTEvents.RateLimited, (info) => {
    logger.warn(
      {
        route: info.route,
        method: info.method.toUpperCase(),
        retryAfterMs: Math.round(info.retryAfter),
        global: info.global,
        limit: Number.isFinite(info.limit) ? info.limit : null,
        scope: info.scope,
      },
      'rate limited by Discord; the request waits',
    );
  });
}
