import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that would have reached Discord. */
export interface RecordedRequest {
  readonly method: string;
  /** Path with %40original decoded, e.g. /api/v10/webhooks/1/tok/messages/@original. */
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  /** The JSON body, or undefined for none. */
  readonly body: unknown;
}

/** An answer the stand-in gives instead of its default one. */
export type Override = (request: RecordedRequest) => Answer | undefined;

/**
 * How the stand-in answers one request: a status, a JSON body, headers (e.g. rate limits); or it
 * hangs up, closing the connection without an answer, as a server that closes a kept-alive
 * connection just as a request arrives on it does.
 */
export type Answer =
  | {
      readonly status: number;
      readonly json?: unknown;
      readonly headers?: Readonly<Record<string, string>>;
      /** Answers this long after the request arrived, as a distant server does. */
      readonly delayMs?: number;
    }
  | { readonly hangUp: true };

/** A message object as Discord returns it for webhook edits and follow-ups. */
export function messageJson(id = '1300000000000000001', body: unknown = {}): Record<string, unknown> {
  const data = typeof body === 'object' && body !== null ? body : {};
  return {
    id,
    type: 0,
    channel_id: '1100000000000000001',
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    author: { id: '1000000000000000001', username: 'counterpoint', discriminator: '0', avatar: null, bot: true },
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    pinned: false,
    flags: 0,
    ...data,
  };
}

/**
 * A stand-in for Discord's REST API on 127.0.0.1: it records every request and answers as Discord
 * would (204 to interaction callbacks and deletions, a message to webhook edits, follow-ups and
 * channel messages, the body back to command registration), unless an override says otherwise.
 */
export class FakeDiscordRest {
  readonly requests: RecordedRequest[] = [];
  override: Override | undefined;
  /** Connections clients have opened to the stand-in so far. */
  connectionsOpened = 0;
  private readonly server: Server = createServer((req, res) => void this.handle(req, res)).on(
    'connection',
    () => (this.connectionsOpened += 1),
  );

  /** Base for discord.js's `rest.api` option. */
  get api(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/api`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      headers: req.headers,
      body: raw ? JSON.parse(raw) : undefined,
    };
    this.requests.push(request);
    const answer = this.override?.(request) ?? this.defaultAnswer(request);
    if ('hangUp' in answer) {
      req.socket.destroy();
      return;
    }
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    const headers = answer.headers ?? {};
    if (answer.json === undefined) {
      res.writeHead(answer.status, headers).end();
    } else {
      res.writeHead(answer.status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(answer.json));
    }
  }

  private defaultAnswer({ method, path, body }: RecordedRequest): Answer {
    if (method === 'POST' && /\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    if (method === 'DELETE' && /\/(webhooks\/\d+\/[^/]+|channels\/\d+)\/messages\/(@original|\d+)$/.test(path))
      return { status: 204 };
    if (/\/webhooks\/\d+\/[^/]+(\/messages\/(@original|\d+))?$/.test(path))
      return { status: 200, json: messageJson(undefined, body) };
    if (method === 'POST' && /\/channels\/\d+\/messages$/.test(path))
      return { status: 200, json: messageJson(undefined, body) };
    if (method === 'PUT' && /\/commands$/.test(path)) return { status: 200, json: body };
    if (method === 'PUT' && /\/channels\/\d+\/messages\/\d+\/reactions\/[^/]+\/@me$/.test(path)) return { status: 204 };
    return { status: 404, json: { code: 0, message: `stand-in has no route for ${method} ${path}` } };
  }
}
