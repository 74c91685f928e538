import type { RecordedRequest } from '../tests/support/fake-discord-rest.ts';

/** One interaction's timeline, in milliseconds from when its payload was sent over the gateway. */
export interface Timeline {
  readonly label: string;
  readonly sentAt: number;
  /** The first callback (reply, defer or update) reached the stand-in. */
  acknowledgedMs?: number;
  /** The reply the user sees reached the stand-in: a reply, or the edit or follow-up after a defer. */
  finalMs?: number;
  /** That reply's first card title, to tell an answer from the error path's reply. */
  title?: string;
}

// Interaction callback types (Discord's API): a message or an update is the reply itself; a defer
// promises one, sent later as an edit of @original or a follow-up.
const FINAL_CALLBACKS = new Set([4, 7]);
const CALLBACK = /\/interactions\/\d+\/([^/]+)\/callback$/;
const WEBHOOK = /\/webhooks\/\d+\/([^/]+)(\/messages\/@original)?$/;

const titleOf = (body: unknown): string | undefined => {
  const data = (body as { data?: unknown } | undefined)?.data ?? body;
  const embeds = (data as { embeds?: { title?: string }[] } | undefined)?.embeds;
  return embeds?.[0]?.title;
};

/**
 * Times interactions from the moment their INTERACTION_CREATE is sent to the moment the REST stand-in
 * receives the reply, keyed by the interaction's token (which every callback and webhook path names).
 */
export class ReplyClock {
  readonly #byToken = new Map<string, Timeline>();

  /** Notes that an interaction is being sent now. */
  sent(token: string, label: string): Timeline {
    const timeline: Timeline = { label, sentAt: performance.now() };
    this.#byToken.set(token, timeline);
    return timeline;
  }

  /** Notes a request reaching the stand-in, now. */
  received(request: RecordedRequest): void {
    const now = performance.now();
    const callback = CALLBACK.exec(request.path);
    if (callback?.[1] && request.method === 'POST') {
      const timeline = this.#byToken.get(callback[1]);
      if (!timeline) return;
      timeline.acknowledgedMs ??= now - timeline.sentAt;
      const type = (request.body as { type?: number } | undefined)?.type;
      if (type !== undefined && FINAL_CALLBACKS.has(type)) this.#final(timeline, now, request.body);
      return;
    }
    const webhook = WEBHOOK.exec(request.path);
    const editOrFollowUp = request.method === 'PATCH' ? webhook?.[2] !== undefined : request.method === 'POST';
    if (webhook?.[1] && editOrFollowUp) {
      const timeline = this.#byToken.get(webhook[1]);
      if (timeline) this.#final(timeline, now, request.body);
    }
  }

  /** Every interaction sent so far. */
  get timelines(): readonly Timeline[] {
    return [...this.#byToken.values()];
  }

  #final(timeline: Timeline, now: number, body: unknown): void {
    if (timeline.finalMs !== undefined) return;
    timeline.finalMs = now - timeline.sentAt;
    const title = titleOf(body);
    if (title !== undefined) timeline.title = title;
  }
}
