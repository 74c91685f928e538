import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { guildCreateData, readyData } from './gateway-payloads.ts';

/** What the bot sent over the gateway, parsed. */
export interface GatewayFrame {
  readonly op: number;
  readonly d: unknown;
}

/**
 * A minimal Discord gateway on 127.0.0.1: HELLO, then READY and GUILD_CREATE once the client
 * identifies (RESUMED when it resumes), heartbeat ACKs, dispatches the test sends, and closes with
 * the codes the test chooses. Enough for discord.js to become ready, lose and regain its session.
 */
export class FakeGateway {
  readonly received: GatewayFrame[] = [];
  private readonly server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  /** Connected clients, in the order they identified (one per shard). */
  readonly sockets: WebSocket[] = [];
  /** The connected client of each shard id, by the shard it identified as (the latest for an id). */
  readonly shards = new Map<number, WebSocket>();
  private sequence = 0;

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `ws://127.0.0.1:${port}`;
  }

  /** The answer to GET /gateway/bot that points discord.js here. */
  gatewayBot(): Record<string, unknown> {
    return {
      url: this.url,
      shards: 1,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    };
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.once('listening', () => resolve()));
    this.server.on('connection', (socket) => {
      socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
      socket.on('message', (raw) => this.onFrame(socket, JSON.parse(String(raw))));
    });
    return this;
  }

  /** Sends a dispatch (op 0) event to one connected client (the last to identify by default). */
  dispatch(t: string, d: unknown, socket = this.sockets.at(-1)): void {
    socket?.send(JSON.stringify({ op: 0, t, s: ++this.sequence, d }));
  }

  /** Closes a client's connection with a gateway close code, as Discord does (the last to identify by default). */
  close(code: number, socket = this.sockets.at(-1)): void {
    socket?.close(code, 'closed by the stand-in');
  }

  async stop(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onFrame(socket: WebSocket, frame: GatewayFrame): void {
    this.received.push(frame);
    if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
    // RESUME: the session carries on where it was.
    if (frame.op === 6) {
      this.sockets.push(socket);
      this.dispatch('RESUMED', {}, socket);
      return;
    }
    if (frame.op !== 2) return;
    this.sockets.push(socket);
    const shard = z.object({ shard: z.tuple([z.number(), z.number()]).optional() }).parse(frame.d).shard ?? [0, 1];
    this.shards.set(shard[0], socket);
    this.dispatch('READY', readyData(this.url, shard), socket);
    this.dispatch('GUILD_CREATE', guildCreateData(), socket);
  }
}
