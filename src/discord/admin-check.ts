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
