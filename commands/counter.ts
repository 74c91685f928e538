import { ApplicationCommandType, ContextMenuCommandBuilder, InteractionContextType } from 'discord.js';
import { counterWithOutcome } from '../src/handlers/ask-outcome.ts';
import { questionEvent } from '../src/insights/question-event.ts';
import { notice } from '../src/replies/view.ts';
import { send } from '../src/discord/render.ts';
import type { MessageCommand } from './command.ts';

/**
 * "Counter with the article": on any message, the claims in it the article responds to (up to
 * three), shown only to whoever asked, with "Post as reply" to answer the message publicly.
 */
export const counter = {
  name: 'Counter with the article',
  definition: () => new ContextMenuCommandBuilder()
    .setName('Counter with the article')
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  async execute(interaction, ctx) {
    const started = performance.now();
    const target = interaction.targetMessage;
    if (target.author.id === interaction.client.user.id) {
      return send(interaction, notice('That is my own message', 'It already is the article’s answer. Use “Counter with the article” on the message you want answered.'));
    }
    const { reply, outcome } = await counterWithOutcome(ctx.store.current, target.content, { ephemeral: true, postTarget: target.id });
    await send(interaction, reply);
    if (outcome) ctx.insights.record(questionEvent('counter', interaction.guildId, outcome, started, await ctx.settings.get(interaction.guildId)));
  },
} satisfies MessageCommand;
