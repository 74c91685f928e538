// Raw INTERACTION_CREATE payloads as Discord sends them (commands, autocomplete, buttons, menus), the
// ids they carry, and how a test hands one to discord.js.
import { InteractionType, type Client } from 'discord.js';

export const APP_ID = '1000000000000000001';
export const GUILD_ID = '1200000000000000001';
export const CHANNEL_ID = '1100000000000000001';
export const ADMIN_ROLE = '1400000000000000001';
/** The tests' guild's @everyone role (its id is the guild's), as a guild's payload lists it. */
export const EVERYONE_ROLE = {
  id: GUILD_ID,
  name: '@everyone',
  permissions: '0',
  position: 0,
  color: 0,
  hoist: false,
  managed: false,
  mentionable: false,
  flags: 0,
};
const MANAGE_GUILD = 1n << 5n;

let counter = 0n;
/** A new id, unique within the test run. */
export const snowflake = () => String(1500000000000000000n + ++counter);

/** Who sends an interaction, and where. */
export interface Sender {
  readonly userId?: string;
  /** In a DM instead of a guild channel. */
  readonly dm?: boolean;
  /** Permission bits of the member (guild only). */
  readonly permissions?: bigint;
  readonly roles?: readonly string[];
  /** The member's Discord client language; "en-US" when not given. */
  readonly locale?: string;
}

/** The fields every raw INTERACTION_CREATE payload carries, for a guild member or a DM user. */
export function base(
  type: InteractionType,
  data: Record<string, unknown>,
  sender: Sender = {},
): Record<string, unknown> {
  const id = snowflake();
  const user = {
    id: sender.userId ?? '1600000000000000001',
    username: 'member',
    discriminator: '0',
    global_name: 'Member',
    avatar: null,
  };
  const where = sender.dm
    ? { user, channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 1 }, context: 1 }
    : {
        guild_id: GUILD_ID,
        channel_id: CHANNEL_ID,
        channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'debate' },
        context: 0,
        member: {
          user,
          roles: [...(sender.roles ?? [])],
          permissions: String(sender.permissions ?? 0n),
          joined_at: new Date(0).toISOString(),
          nick: null,
          avatar: null,
          deaf: false,
          mute: false,
          flags: 0,
          pending: false,
        },
      };
  return {
    id,
    application_id: APP_ID,
    token: `token-${id}`,
    version: 1,
    type,
    data,
    locale: sender.locale ?? 'en-US',
    guild_locale: 'en-US',
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: {},
    ...where,
  };
}

/** A chat-input command, e.g. chatInput('ask', [{ name: 'question', type: 3, value: 'x' }]). */
export function chatInput(name: string, options: readonly Record<string, unknown>[] = [], sender?: Sender) {
  return base(InteractionType.ApplicationCommand, { id: snowflake(), name, type: 1, options }, sender);
}

/** An autocomplete request with `value` typed in the focused option. */
export function autocomplete(name: string, option: string, value: string, sender?: Sender) {
  return base(
    InteractionType.ApplicationCommandAutocomplete,
    { id: snowflake(), name, type: 1, options: [{ name: option, type: 3, value, focused: true }] },
    sender,
  );
}

/** A message the bot posted, as an interaction on one of its components carries it. */
export const message = () => ({
  id: snowflake(),
  type: 0,
  channel_id: CHANNEL_ID,
  content: '',
  embeds: [],
  components: [],
  attachments: [],
  author: { id: APP_ID, username: 'counterpoint', discriminator: '0', avatar: null, bot: true },
  timestamp: new Date(0).toISOString(),
  edited_timestamp: null,
  tts: false,
  mention_everyone: false,
  mentions: [],
  mention_roles: [],
  pinned: false,
  flags: 0,
});

/** A button click. */
export function button(customId: string, sender?: Sender) {
  return {
    ...base(InteractionType.MessageComponent, { custom_id: customId, component_type: 2 }, sender),
    message: message(),
  };
}

/** A string select menu choice. */
export function select(customId: string, values: readonly string[], sender?: Sender) {
  return {
    ...base(InteractionType.MessageComponent, { custom_id: customId, component_type: 3, values }, sender),
    message: message(),
  };
}

/** Permissions of a member who may manage the server. */
export const ADMIN_PERMISSIONS = MANAGE_GUILD;

/**
 * Hands a raw payload to discord.js exactly as its gateway handler does. This is discord.js's
 * private entry point (see ../shared/notes/testing-discord.md), so the one cast lives here.
 */
export function dispatch(client: Client, raw: Record<string, unknown>): void {
  const actions = (client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }).actions;
  actions.InteractionCreate.handle(raw);
}
