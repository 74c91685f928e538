import { SlashCommandBuilder } from 'discord.js';
import { accessRefusal } from '../src/discord/admin-check.ts';
import { UserFacingError } from '../src/discord/bot-context.ts';
import type { Command } from '../src/discord/command.ts';
import { send } from '../src/discord/render.ts';
import { slashCommand } from '../src/text/command-names.ts';
import { confirmForgetServerReply, forgottenReply, privacyInfoReply } from '../src/replies/privacy-replies.ts';

/**
 * `/privacy info | forget-me | forget-server confirm:`: what the bot keeps, and deleting it. Any
 * member may delete their own questions and votes, anywhere; a member with Manage Server may
 * delete everything kept about the server. Private replies, acknowledged first (a busy database).
 */
export const privacy = {
  name: 'privacy',
  defer: 'ephemeral',
  definition: () =>
    new SlashCommandBuilder()
      .setName('privacy')
      .setDescription('What this bot keeps about you, and deleting it')
      .addSubcommand((s) => s.setName('info').setDescription('What is kept, for how long, and how to delete it'))
      .addSubcommand((s) =>
        s.setName('forget-me').setDescription('Delete every question you asked and every vote you cast, everywhere'),
      )
      .addSubcommand((s) =>
        s
          .setName('forget-server')
          .setDescription('Admins: delete everything kept about this server')
          .addBooleanOption((o) => o.setName('confirm').setDescription('True to delete, for good')),
      )
      .toJSON(),
  async execute(interaction, ctx) {
    const sub = interaction.options.getSubcommand();
    if (sub === 'forget-me') {
      return send(interaction, forgottenReply(await ctx.forgetting.forgetUser(interaction.user.id), 'me'));
    }
    if (sub === 'forget-server') {
      const named = `${slashCommand(ctx.config.COMMAND_PREFIX, 'privacy')} forget-server`;
      const refusal = accessRefusal('manage-server', interaction, ctx.config, named);
      if (refusal) throw new UserFacingError('Not allowed', `${refusal} Nothing was deleted.`);
      const guildId = interaction.guildId;
      if (!guildId) throw new UserFacingError('Not allowed', `${named} is for a server.`);
      if (!interaction.options.getBoolean('confirm')) {
        return send(
          interaction,
          confirmForgetServerReply(await ctx.forgetting.keptFor(guildId), ctx.config.COMMAND_PREFIX),
        );
      }
      return send(interaction, forgottenReply(await ctx.forgetting.forgetGuild(guildId), 'server'));
    }
    await send(interaction, privacyInfoReply(ctx.config));
  },
} satisfies Command;
