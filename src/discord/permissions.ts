import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';

/** The roles of the member behind an interaction, cached guild or not. */
function memberRoles(interaction: ChatInputCommandInteraction): readonly string[] {
  const member = interaction.member;
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

/**
 * Why the member may not reload, or undefined if they may: only in a server, and only with
 * Manage Server or one of the configured admin roles.
 */
export function mayReload(interaction: ChatInputCommandInteraction, adminRoleIds: readonly string[]): string | undefined {
  if (!interaction.inGuild()) return 'Reloading is for server admins, in a server.';
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return undefined;
  if (memberRoles(interaction).some((role) => adminRoleIds.includes(role))) return undefined;
  return 'Only members with Manage Server or an admin role can reload the knowledge base.';
}
