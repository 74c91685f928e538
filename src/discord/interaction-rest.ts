import { REST, RESTEvents, type InternalRequest, type ResponseLike, type RESTOptions } from 'discord.js';

/**
 * How long an interaction's request queue is kept once idle. discord.js keeps one queue per
 * interaction token (each follow-up route is its own bucket) and sweeps idle ones hourly by default:
 * a burst of 5,000 answers would keep 5,000 queues for an hour. An interaction's token lasts 15
 * minutes, and a swept queue only relearns its bucket from the next response's headers.
 */
const INTERACTION_QUEUE_SWEEP_MS = 5 * 60_000;

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
 * (RateLimited) is re-emitted here, so the bot's logging sees both.
 */
export class InteractionAwareRest extends REST {
  private readonly interactions: REST;

  constructor(options: Partial<RESTOptions>) {
    super(options);
    this.interactions = new REST({
      ...options,
      globalRequestsPerSecond: Number.POSITIVE_INFINITY,
      handlerSweepInterval: INTERACTION_QUEUE_SWEEP_MS,
    });
    this.interactions.on(RESTEvents.RateLimited, (info) => this.emit(RESTEvents.RateLimited, info));
  }

  override queueRequest(request: InternalRequest): Promise<ResponseLike> {
    return isInteractionWebhook(request) ? this.interactions.queueRequest(request) : super.queueRequest(request);
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
