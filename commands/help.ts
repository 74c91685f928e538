import { SlashCommandBuilder } from 'discord.js';
import { send } from '../src/discord/render.ts';
import { helpReply } from '../src/replies/browse-replies.ts';
import type { Command } from './command.ts';

/** `/help`: what the bot does and how to ask. */
export const help = {
  name: 'help',
  definition: () => new SlashCommandBuilder().setName('help').setDescription('What Counterpoint does and how to ask').toJSON(),
  async execute(interaction, ctx) {
    await send(interaction, helpReply(ctx.store.current.knowledge));
  },
} satisfies Command;
