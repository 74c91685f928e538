import type { Client } from 'discord.js';
import type { Logger } from 'pino';

/** The one method of discord.js's WebSocketManager every gateway dispatch goes through (private API). */
interface PacketHandling {
  handlePacket(packet?: { readonly t?: unknown }, shard?: unknown): boolean;
}

/**
 * Makes a gateway event discord.js cannot read (an INTERACTION_CREATE without `entitlements` or
 * `data`, a `null` payload…) a logged and skipped event rather than a crash. discord.js builds its
 * objects from the raw payload inside `client.ws.handlePacket`, called from the socket's dispatch
 * listener, where a throw becomes an unhandled rejection (Node exits on one), or from a
 * setImmediate that drains the queue of early events, where it becomes an uncaught exception.
 * That one method is the narrowest place that sees every event, discord.js's own handlers and
 * our synchronous listeners alike; a process-wide handler would also swallow failures that
 * have nothing to do with a packet. Logged: the event's name and the error, never its payload
 * (which holds users and their words).
 */
export function guardPacketHandling(client: Client, logger: Logger): void {
  const ws = client.ws as unknown as PacketHandling;
  const handle = ws.handlePacket.bind(ws);
  ws.handlePacket = (packet, shard) => {
    try {
      return handle(packet, shard);
    } catch (error) {
      const event = typeof packet?.t === 'string' ? packet.t : null;
      const err = error instanceof Error ? { type: error.name, message: error.message } : { message: String(error) };
      logger.warn({ event, err }, 'gateway event skipped: discord.js could not read it');
      return true;
    }
  };
}
