import { SlashCommandBuilder } from 'discord.js';
import { insightsFor } from '../src/discord/insights-actions.ts';
import { send } from '../src/discord/render.ts';
import type { Command } from '../src/discord/command.ts';

/** `/insights`: what this server asked over the last 7 (or 30) days. Admins only, only to them. */
export const insights = {
  name: 'insights',
  access: 'admin',
  // Acknowledged first, privately: the summary is read from the insights store.
  defer: 'ephemeral',
  definition: () =>
    new SlashCommandBuilder()
      .setName('insights')
      .setDescription('Admins: what people asked, what went unanswered, votes and reloads')
      .toJSON(),
  async execute(interaction, ctx) {
    await send(interaction, await insightsFor(ctx, 7, interaction.guildId));
  },
} satisfies Command;
