// Payloads about messages: MESSAGE_CREATE in the guild's channel, the "Counter with the article"
// command on a message, the users who write them, and a client seeded to receive them.
import { ClientUser, InteractionType, type Client } from 'discord.js';
import {
  ADMIN_ROLE,
  APP_ID,
  base,
  CHANNEL_ID,
  EVERYONE_ROLE,
  GUILD_ID,
  message,
  snowflake,
  type Sender,
} from './interactions.ts';

/** The bot's own user, as READY gives it. */
export const BOT_USER = {
  id: APP_ID,
  username: 'counterpoint',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

/** A member's user object, for message authors and mentions. */
export const memberUser = (id = '1600000000000000001', extra: Record<string, unknown> = {}) => ({
  id,
  username: 'member',
  discriminator: '0',
  global_name: 'Member',
  avatar: null,
  ...extra,
});

/**
 * A MESSAGE_CREATE payload in the guild's text channel: `content` as typed (mentions as `<@id>`),
 * `mentions` the users mentioned, `reference` the id of a message it replies to.
 */
export function messageCreate(
  content: string,
  options: {
    author?: Record<string, unknown>;
    mentions?: readonly Record<string, unknown>[];
    reference?: string;
    webhookId?: string;
    referenced?: Record<string, unknown>;
  } = {},
) {
  return {
    ...message(),
    type: options.reference ? 19 : 0,
    guild_id: GUILD_ID,
    content,
    author: options.author ?? memberUser(),
    member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
    mentions: options.mentions ?? [],
    mention_roles: [],
    mention_everyone: false,
    ...(options.reference
      ? { message_reference: { message_id: options.reference, channel_id: CHANNEL_ID, guild_id: GUILD_ID } }
      : {}),
    ...(options.referenced ? { referenced_message: options.referenced } : {}),
    ...(options.webhookId ? { webhook_id: options.webhookId } : {}),
  };
}

/** A "Counter with the article" message command on a message with `content`, by `author`. */
export function counterCommand(
  content: string,
  options: { author?: Record<string, unknown>; sender?: Sender; targetId?: string } = {},
) {
  const target = {
    ...message(),
    id: options.targetId ?? snowflake(),
    guild_id: GUILD_ID,
    content,
    author: options.author ?? memberUser('1600000000000000002'),
  };
  return base(
    InteractionType.ApplicationCommand,
    {
      id: snowflake(),
      name: 'Counter with the article',
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
    options.sender,
  );
}

/** Hands a raw MESSAGE_CREATE to discord.js as its gateway handler does (private entry point, one cast here). */
export function dispatchMessage(client: Client, raw: Record<string, unknown>): void {
  const actions = (client as unknown as { actions: { MessageCreate: { handle(data: unknown): void } } }).actions;
  actions.MessageCreate.handle(raw);
}

/**
 * What a login gives the client and message events need: its own user, and the guild with its text
 * channel in the cache (discord.js drops messages in channels it has not cached).
 */
export function seedAsLoggedIn(client: Client): void {
  const internals = client as unknown as { user: unknown; guilds: { _add(data: unknown): void } };
  internals.user = new (ClientUser as unknown as new (client: Client, data: unknown) => ClientUser)(client, BOT_USER);
  internals.guilds._add({
    id: GUILD_ID,
    name: 'Debate club',
    icon: null,
    owner_id: '1600000000000000009',
    unavailable: false,
    member_count: 2,
    features: [],
    roles: [
      EVERYONE_ROLE,
      {
        id: ADMIN_ROLE,
        name: 'Curators',
        permissions: '0',
        position: 1,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: [{ id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'debate', position: 0, permission_overwrites: [] }],
    emojis: [],
    stickers: [],
    members: [],
    threads: [],
    voice_states: [],
    presences: [],
  });
}
