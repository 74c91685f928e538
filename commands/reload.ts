import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { mayReload } from '../src/discord/permissions.ts';
import { send } from '../src/discord/send.ts';
import { notAllowedReply } from '../src/replies/notice-replies.ts';
import type { Command } from './command.ts';

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
    await send(interaction, await ctx.reloadEverywhere(interaction.client));
  },
} satisfies Command;
