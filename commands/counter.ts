import { ApplicationCommandType, ContextMenuCommandBuilder, InteractionContextType } from 'discord.js';
import { respond } from '../src/answer/responder.ts';
import type { MessageCommand } from '../src/discord/command.ts';
import { send } from '../src/discord/render.ts';
import { notice } from '../src/replies/view.ts';

const OWN_MESSAGE = notice(
  'That is my own message',
  'It already is the article’s answer. Use “Counter with the article” on the message you want answered.',
);

/**
 * "Counter with the article": on any message, the claims in it the article responds to (up to
 * three), shown only to whoever asked, with "Post as reply" to answer the message publicly.
 */
export const counter = {
  name: 'Counter with the article',
  contexts: [InteractionContextType.Guild],
  definition: () =>
    new ContextMenuCommandBuilder()
      .setName('Counter with the article')
      .setType(ApplicationCommandType.Message)
      .toJSON(),
  async execute(interaction, ctx) {
    const target = interaction.targetMessage;
    if (target.author.id === interaction.client.user.id) return send(interaction, OWN_MESSAGE);
    const { reply } = await respond(ctx, {
      text: target.content,
      via: 'counter',
      mode: 'counter',
      guildId: interaction.guildId,
      askerId: interaction.user.id,
      locale: interaction.locale,
      visibility: 'ephemeral',
      postTarget: target.id,
    });
    await send(interaction, reply);
  },
} satisfies MessageCommand;
