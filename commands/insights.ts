import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { adminRefusal } from '../src/discord/admin-check.ts';
import { insightsFor } from '../src/discord/insights-actions.ts';
import { send } from '../src/discord/render.ts';
import { notice } from '../src/replies/view.ts';
import type { Command } from './command.ts';

/** `/insights`: what this server asked over the last 7 (or 30) days. Admins only, only to them. */
export const insights = {
  name: 'insights',
  definition: () => new SlashCommandBuilder()
    .setName('insights')
    .setDescription('Admins: what people asked, what went unanswered, votes and reloads')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  async execute(interaction, ctx) {
    const refusal = adminRefusal(interaction, ctx.config.ADMIN_ROLE_IDS, '/insights');
    if (refusal) return send(interaction, notice('Not allowed', refusal, 'error'));
    await send(interaction, await insightsFor(ctx, 7, interaction.guildId));
  },
} satisfies Command;
