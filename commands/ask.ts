import { SlashCommandBuilder } from 'discord.js';
import { respond } from '../src/answer/responder.ts';
import { PICK_PREFIX } from '../src/answer/entry-picks.ts';
import { suggestions } from '../src/answer/suggestions.ts';
import type { Command } from '../src/discord/command.ts';
import { send } from '../src/discord/render.ts';
import { MAX_INPUT_CHARS } from '../src/text/normalize.ts';

/** `/ask question:<text> [public:<bool>] [for:<user>]`: the article's answer to a question or claim. */
export const ask = {
  name: 'ask',
  cooldown: true,
  // Acknowledged first: the answer reads the server's settings, and may wait on their store.
  defer: 'answer',
  definition: () =>
    new SlashCommandBuilder()
      .setName('ask')
      .setDescription('The article’s answer to a question or a debate claim, quoted and cited')
      .addStringOption((o) =>
        o
          .setName('question')
          .setDescription('Ask in your own words, or state a claim')
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(MAX_INPUT_CHARS),
      )
      .addBooleanOption((o) =>
        o.setName('public').setDescription('Show the answer to the channel (default) or only to you'),
      )
      .addUserOption((o) => o.setName('for').setDescription('Answer someone: the public answer names and pings them'))
      .toJSON(),
  async execute(interaction, ctx) {
    const text = interaction.options.getString('question', true);
    const chosen = interaction.options.getBoolean('public');
    // The acknowledgement fixed public or private (command-rules.ts): the answer is shown so.
    const acknowledged = interaction.deferred ? (interaction.ephemeral ? 'ephemeral' : 'public') : undefined;
    const { reply } = await respond(ctx, {
      text,
      via: text.trim().startsWith(PICK_PREFIX) ? 'pick' : 'ask',
      guildId: interaction.guildId,
      askerId: interaction.user.id,
      locale: interaction.locale,
      visibility: acknowledged ?? (chosen === null ? undefined : chosen ? 'public' : 'ephemeral'),
    });
    // "for:" names and pings that one user, by the asker's choice; a private answer ignores it.
    const target = reply.ephemeral ? null : interaction.options.getUser('for');
    await send(interaction, target ? { ...reply, content: `For <@${target.id}>:`, pings: [target.id] } : reply);
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(suggestions(ctx.store.current, interaction.options.getFocused()));
  },
} satisfies Command;
