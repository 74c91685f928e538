import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';

/**
 * Gateway close codes after which discord.js gives up on a shard, and what the operator must do.
 * Anything else (network drops, 1000/1001, 4000–4009 but 4004) is reconnected or resumed by
 * discord.js on its own, and only logged here.
 */
export const UNRECOVERABLE_CLOSES: Readonly<Record<number, string>> = {
  4004:
    'Discord rejected the token (close 4004, authentication failed): reset the token in the Developer Portal ' +
    '(Bot → Reset Token) and put the new one in DISCORD_TOKEN.',
  4010: 'Discord rejected the shard settings (close 4010, invalid shard): check TOTAL_SHARDS.',
  4011: 'Discord requires sharding for this many servers (close 4011): start the bot with npm run start:sharded.',
  4012: 'Discord rejected the gateway version (close 4012): update discord.js.',
  4013: 'Discord rejected the intents (close 4013, invalid intents): this is a bug in the bot; report it.',
  4014:
    'Discord refused an intent the bot asks for (close 4014, disallowed intents): enable it in the Developer ' +
    'Portal (Bot → Privileged Gateway Intents).',
};

/**
 * Exit code of a process that Discord shut out for good (EX_CONFIG): the operator must fix
 * something (the token, the intents) before a restart can help. The sharding manager stops
 * everything when a shard exits with it, instead of respawning it in a loop.
 */
export const EXIT_GATEWAY_REFUSED = 78;

/** One clear line for a close code discord.js will not recover from. */
export function unrecoverableMessage(code: number): string {
  return UNRECOVERABLE_CLOSES[code] ?? `Discord closed the connection for good (close ${code}); see the logs above.`;
}

/** One clear line for a failed login: a rejected token says what to do; anything else, what failed. */
export function loginFailureMessage(error: unknown): string {
  const field = (name: string): unknown =>
    typeof error === 'object' && error !== null ? Reflect.get(error, name) : undefined;
  const code = field('code');
  if (code === 'TokenInvalid' || code === 4004 || field('status') === 401) return unrecoverableMessage(4004);
  const close = typeof code === 'number' && UNRECOVERABLE_CLOSES[code] ? UNRECOVERABLE_CLOSES[code] : undefined;
  return close ?? `could not connect to Discord: ${error instanceof Error ? error.message : String(error)}`;
}

/** What the gateway logging needs told: that the bot is stopping, so a close is not a loss. */
export interface GatewayLogging {
  /** Call before `client.destroy()`: closes from then on are the bot's own, not to be reported. */
  stopping(): void;
}

/**
 * Logs every disconnect, reconnect, resume and invalid session, with the shard id, and calls
 * `onUnrecoverable` when discord.js has given up on a shard: the process must not sit there
 * connected to nothing, or exit 0 as if all were well. Once the bot is stopping, the close it
 * asked for is neither a lost connection nor a refusal: discord.js still emits "reconnecting"
 * as its shards close (it checks whether it was destroyed only after emitting), so that is
 * logged at debug.
 */
export function attachGatewayLogging(
  client: Client,
  logger: Logger,
  onUnrecoverable: (code: number, shard: number) => void,
): GatewayLogging {
  let stopping = false;
  const whileStopping = (shard: number) => {
    logger.debug({ shard }, 'gateway closed: the bot is stopping');
  };
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (stopping) return whileStopping(shard);
    logger.fatal({ shard, code: event.code }, unrecoverableMessage(event.code));
    onUnrecoverable(event.code, shard);
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (stopping) return whileStopping(shard);
    logger.warn({ shard }, 'gateway connection lost; reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway session resumed'));
  client.on(Events.ShardReady, (shard) => logger.info({ shard }, 'gateway shard ready'));
  client.on(Events.ShardError, (error, shard) => {
    if (stopping) return whileStopping(shard);
    logger.error({ shard, err: error }, 'gateway connection error');
  });
  client.on(Events.Invalidated, () => logger.error('gateway session invalidated; the client was destroyed'));
  client.on(Events.Debug, (message) => {
    const shard = /^\[WS => Shard (\d+)\]/.exec(message)?.[1];
    if (/Invalid session/.test(message))
      logger.warn(
        { shard: shard === undefined ? null : Number(shard) },
        'gateway session invalid; starting a new one or resuming',
      );
  });
  return {
    stopping: () => {
      stopping = true;
    },
  };
}
