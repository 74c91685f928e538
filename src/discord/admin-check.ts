import { PermissionFlagsBits, type Interaction } from 'discord.js';

/** The roles of the member behind an interaction, cached guild or not. */
function memberRoles(interaction: Interaction): readonly string[] {
  const member = interaction.member;
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

/**
 * Why the member may not use an admin command, or undefined if they may: only in a server, and
 * only with Manage Server or (unless `roles` is empty) one of the configured admin roles.
 * Checked when the command runs, since server owners can change who may use a command.
 */
export function adminRefusal(
  interaction: Interaction,
  adminRoleIds: readonly string[],
  what: string,
): string | undefined {
  if (!interaction.inGuild()) return `${what} is for server admins, in a server.`;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return undefined;
  if (memberRoles(interaction).some((role) => adminRoleIds.includes(role))) return undefined;
  return adminRoleIds.length > 0
    ? `Only members with Manage Server or an admin role can use ${what}.`
    : `Only members with Manage Server can use ${what}.`;
}

/** Who runs the bot, from the configuration: its owners anywhere, and the admins of its home server. */
export interface OwnerConfig {
  readonly ADMIN_ROLE_IDS: readonly string[];
  readonly OWNER_IDS: readonly string[];
  readonly HOME_GUILD_ID?: string | undefined;
}

/**
 * Why the member may not use a command that acts for every server (/reload), or undefined if they
 * may: the bot's owners (OWNER_IDS) anywhere, and the admins of its home server (HOME_GUILD_ID).
 * Any other server's admin is refused: their server is one of many the bot serves.
 */
export function ownerRefusal(interaction: Interaction, config: OwnerConfig, what: string): string | undefined {
  if (config.OWNER_IDS.includes(interaction.user.id)) return undefined;
  const home = config.HOME_GUILD_ID;
  if (home && interaction.guildId === home) return adminRefusal(interaction, config.ADMIN_ROLE_IDS, what);
  if (!home && config.OWNER_IDS.length === 0) {
    return (
      `${what} changes the knowledge base for every server, so it is for the bot's operators: ` +
      'set OWNER_IDS or HOME_GUILD_ID, or reload from the console or with KNOWLEDGE_WATCH.'
    );
  }
  return (
    `${what} changes the knowledge base for every server the bot is in, so only the bot's owners` +
    `${home ? ' and the admins of its home server' : ''} can use it.`
  );
}

/** Why the member may not use something under this access, or undefined if they may. */
export function accessRefusal(
  access: 'everyone' | 'admin' | 'manage-server' | 'owner' | undefined,
  interaction: Interaction,
  config: OwnerConfig,
  what: string,
): string | undefined {
  if (access === 'admin') return adminRefusal(interaction, config.ADMIN_ROLE_IDS, what);
  if (access === 'manage-server') return adminRefusal(interaction, [], what);
  if (access === 'owner') return ownerRefusal(interaction, config, what);
  return undefined;
}
