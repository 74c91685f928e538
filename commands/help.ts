import { SlashCommandBuilder } from 'discord.js';
import { accessRefusal } from '../src/discord/admin-check.ts';
import type { Command } from '../src/discord/command.ts';
import { send } from '../src/discord/render.ts';
import { interfaceOf } from '../src/discord/interface-language.ts';
import { helpReply } from '../src/replies/help-replies.ts';

/** `/help`: what the bot does and how to ask, with this server's cooldown; admins also see /reload. */
export const help = {
  name: 'help',
  definition: () =>
    new SlashCommandBuilder().setName('help').setDescription('What Counterpoint does and how to ask').toJSON(),
  async execute(interaction, ctx) {
    const { t } = await interfaceOf(interaction, ctx);
    await send(
      interaction,
      helpReply(ctx.store.current.knowledge, {
        commandIds: ctx.commandIds(),
        commandPrefix: ctx.config.COMMAND_PREFIX,
        admin: accessRefusal('admin', interaction, ctx.config, '/help') === undefined,
        cooldownSeconds: await ctx.cooldowns.seconds(interaction.guildId),
        projectUrl: ctx.config.PROJECT_URL,
        t,
      }),
    );
  },
} satisfies Command;
