import { SlashCommandBuilder } from 'discord.js';
import { send } from '../src/discord/render.ts';
import { helpReply } from '../src/replies/help-replies.ts';
import { mayReload } from './reload.ts';
import type { Command } from './command.ts';

/** `/help`: what the bot does and how to ask. */
export const help = {
  name: 'help',
  definition: () => new SlashCommandBuilder().setName('help').setDescription('What Counterpoint does and how to ask').toJSON(),
  async execute(interaction, ctx) {
    await send(interaction, helpReply(ctx.store.current.knowledge, {
      commandIds: ctx.commandIds(), admin: mayReload(interaction, ctx.config.ADMIN_ROLE_IDS) === undefined,
      cooldownSeconds: ctx.config.ASK_COOLDOWN_SECONDS, projectUrl: ctx.config.PROJECT_URL,
    }));
  },
} satisfies Command;
