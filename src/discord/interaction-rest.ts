import { REST, RESTEvents, type InternalRequest, type ResponseLike, type RESTOptions } from 'discord.js';
import pLimit from 'p-limit';
import { Agent } from 'undici';
import { retryingStaleSockets } from './stale-socket-retry.ts';

/**
 * How long an interaction's request queue is kept once idle. discord.js keeps one queue per
 * interaction token (each follow-up route is its own bucket) and sweeps idle ones hourly by default:
 * a burst of 5,000 answers would keep 5,000 queues for an hour. An interaction's token lasts 15
 * minutes, and a swept queue only relearns its bucket from the next response's headers.
 */
const INTERACTION_QUEUE_SWEEP_MS = 5 * 60_000;

/**
 * Connections the interactions' manager opens to Discord at most. Without the global limit, a burst
 * opened one per request in flight (hundreds), and a connection left idle past the server's
 * keep-alive was closed just as a request was written to it: 71 to 220 of 5,000 asks failed with
 * "other side closed" on loopback, and under CPU contention the bot stalled. With 32 (16 and 64 did
 * as well) none failed, even with the other cores busy (bench/NOTES.md).
 */
const INTERACTION_CONNECTIONS = 32;

/**
 * Interaction requests handed to discord.js at once: no more than there are connections. discord.js
 * starts a request's 15 s timeout before undici has a connection for it, and sends a timed-out
 * request again whatever its method; a burst larger than the pool could carry in 15 s would have
 * waited for a connection on that clock, and been sent twice or lost (a review's scratch run, at a
 * 1 s timeout: 79 of 600 follow-ups sent twice, 1,835 of 2,000 edits lost). Held here, a request
 * waits before its clock starts, as it did behind the global limit.
 */
const INTERACTIONS_IN_FLIGHT = INTERACTION_CONNECTIONS;

/**
 * A request made with an interaction's token: editing or deleting the reply, or a follow-up
 * (`/webhooks/{application}/{token}…`, sent without the bot's token). The bot executes no webhook
 * of its own, so every token-authenticated webhook request it makes is an interaction's.
 */
export function isInteractionWebhook(request: Pick<InternalRequest, 'fullRoute' | 'auth'>): boolean {
  return request.auth === false && /^\/webhooks\/\d+\/[^/]+/.test(request.fullRoute);
}

/**
 * The bot's REST client, with interaction follow-ups outside its global limit.
 *
 * Discord's rate-limit documentation: "Interaction endpoints are not bound to the bot's Global Rate
 * Limit". discord.js exempts only the first response (`/interactions/…/callback`); the edit of a
 * deferred reply and follow-ups queue behind its client-side limit of 50 requests a second. Every
 * answer is deferred, then edited, so a burst of 200 questions waited up to 4 s for its answers
 * (bench/RESULTS.md, "Load with the database locked"). These requests go through a second
 * discord.js REST manager without that limit; each route's own bucket, and any 429 Discord sends
 * (a global one included), is still honoured by discord.js there. What it reports
 * (RateLimited) is re-emitted here, so the bot's logging sees both. Both managers send an idempotent
 * request again when its kept-alive connection closes under it (stale-socket-retry.ts): without the
 * limit, a burst opens many connections, and some sit idle until the server closes them.
 */
export class InteractionAwareRest extends REST {
  private readonly interactions: REST;
  private readonly inFlight = pLimit(INTERACTIONS_IN_FLIGHT);
  /** The connection pool this class made (none when one was given), closed by `close`. */
  private readonly ownAgent: Agent | undefined;

  constructor(given: Partial<RESTOptions>) {
    const options = { ...given, makeRequest: retryingStaleSockets(given.makeRequest) };
    super(options);
    this.ownAgent = options.agent ? undefined : new Agent({ connections: INTERACTION_CONNECTIONS });
    this.interactions = new REST({
      ...options,
      globalRequestsPerSecond: Number.POSITIVE_INFINITY,
      handlerSweepInterval: INTERACTION_QUEUE_SWEEP_MS,
      agent: options.agent ?? this.ownAgent ?? null,
    });
    this.interactions.on(RESTEvents.RateLimited, (info) => this.emit(RESTEvents.RateLimited, info));
  }

  override queueRequest(request: InternalRequest): Promise<ResponseLike> {
    if (!isInteractionWebhook(request)) return super.queueRequest(request);
    return this.inFlight(() => this.interactions.queueRequest(request));
  }

  /** Closes the connections this class opened; idle ones would otherwise stay until their keep-alive ends. */
  async close(): Promise<void> {
    await this.ownAgent?.close();
  }

  // discord.js's Client.destroy clears its REST manager's sweepers: these clear both managers'.
  override clearHashSweeper(): void {
    super.clearHashSweeper();
    this.interactions.clearHashSweeper();
  }

  override clearHandlerSweeper(): void {
    super.clearHandlerSweeper();
    this.interactions.clearHandlerSweeper();
  }
}
