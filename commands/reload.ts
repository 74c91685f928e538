import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type Interaction } from 'discord.js';
import { adminRefusal } from '../src/discord/admin-check.ts';
import { send } from '../src/discord/render.ts';
import { notAllowedReply } from '../src/replies/view.ts';
import type { Command } from './command.ts';

/**
 * Why the member may not reload, or undefined if they may: only in a server, and only with
 * Manage Server or one of the configured admin roles.
 */
export function mayReload(interaction: Interaction, adminRoleIds: readonly string[]): string | undefined {
  if (!interaction.inGuild()) return 'Reloading is for server admins, in a server.';
  return adminRefusal(interaction, adminRoleIds, '/reload') && 'Only members with Manage Server or an admin role can reload the knowledge base.';
}

/**
 * `/reload`: admins only. Registered for Manage Server and guilds only, and checked again when it
 * runs, because server owners can change who may use a command.
 */
export const reload = {
  name: 'reload',
  definition: () => new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Admins: reload the knowledge base from its files (on every shard)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  async execute(interaction, ctx) {
    const refusal = mayReload(interaction, ctx.config.ADMIN_ROLE_IDS);
    if (refusal) {
      ctx.logger.warn({ user: interaction.user.id, guild: interaction.guildId }, 'reload refused');
      return send(interaction, notAllowedReply(refusal));
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const by = `${interaction.user.tag} (${interaction.user.id}) in ${interaction.guildId}`;
    await send(interaction, await ctx.reloadEverywhere(interaction.client, { via: 'discord', by }));
  },
} satisfies Command;
