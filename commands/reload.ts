import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { send } from '../src/discord/render.ts';

/** `/reload`: admins only; the knowledge base reloaded from its files on every shard, reported privately. */
export const reload = {
  name: 'reload',
  access: 'admin',
  defer: 'ephemeral',
  refusedNote: 'Nothing was reloaded.',
  definition: () =>
    new SlashCommandBuilder()
      .setName('reload')
      .setDescription('Admins: reload the knowledge base from its files (on every shard)')
      .toJSON(),
  async execute(interaction, ctx) {
    const by = `${interaction.user.tag} (${interaction.user.id}) in ${interaction.guildId}`;
    await send(interaction, await ctx.reloadEverywhere(interaction.client, { via: 'discord', by }));
  },
} satisfies Command;
