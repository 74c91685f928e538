import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { send } from '../src/discord/render.ts';

/** `/reload`: the bot's owners and its home server's admins; every shard reloads, reported privately. */
export const reload = {
  name: 'reload',
  access: 'owner',
  defer: 'ephemeral',
  refusedNote: 'Nothing was reloaded.',
  definition: () =>
    new SlashCommandBuilder()
      .setName('reload')
      .setDescription('Admins: reload the knowledge base from its files (on every shard)')
      .toJSON(),
  async execute(interaction, ctx) {
    const by = `${interaction.user.tag} (${interaction.user.id}) in ${interaction.guildId}`;
    const origin = { via: 'discord', by, guildId: interaction.guildId } as const;
    await send(interaction, await ctx.reloadEverywhere(interaction.client, origin));
  },
} satisfies Command;
