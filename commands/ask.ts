import { SlashCommandBuilder } from 'discord.js';
import { askWithOutcome } from '../src/handlers/ask-outcome.ts';
import { PICK_PREFIX } from '../src/handlers/command-replies.ts';
import { questionEvent } from '../src/insights/question-event.ts';
import { withVotes } from '../src/replies/vote-controls.ts';
import { suggestions } from '../src/handlers/autocomplete.ts';
import { withShareControls } from '../src/replies/share-controls.ts';
import { cooldownReply } from '../src/replies/view.ts';
import { send } from '../src/discord/render.ts';
import { MAX_INPUT_CHARS } from '../src/text/normalize.ts';
import type { Command } from './command.ts';

/** `/ask question:<text> [public:<bool>]`: the article's answer to a question or claim. */
export const ask = {
  name: 'ask',
  definition: () => new SlashCommandBuilder()
    .setName('ask')
    .setDescription('The article’s answer to a question or a debate claim, quoted and cited')
    .addStringOption((o) => o.setName('question').setDescription('Ask in your own words, or state a claim')
      .setRequired(true).setAutocomplete(true).setMaxLength(MAX_INPUT_CHARS))
    .addBooleanOption((o) => o.setName('public').setDescription('Show the answer to the channel (default) or only to you'))
    .addUserOption((o) => o.setName('for').setDescription('Answer someone: the public answer names and pings them'))
    .toJSON(),
  async execute(interaction, ctx) {
    const started = performance.now();
    // A server's own settings (/settings) over the environment's defaults.
    const settings = await ctx.settings.get(interaction.guildId);
    const wait = ctx.askCooldown.take(interaction.user.id, settings.cooldownSeconds);
    if (wait > 0) return send(interaction, cooldownReply(wait));
    const isPublic = interaction.options.getBoolean('public') ?? settings.visibility !== 'ephemeral';
    const question = interaction.options.getString('question', true);
    const { reply: answer, outcome } = await askWithOutcome(ctx.store.current, question, isPublic ? 'public' : 'ephemeral');
    // "for:" names and pings that one user, by the asker's choice; a private answer ignores it.
    const target = isPublic ? interaction.options.getUser('for') : null;
    const reply = target && !answer.ephemeral ? { ...answer, content: `For <@${target.id}>:`, pings: [target.id] } : answer;
    const shared = withShareControls(reply, interaction.user.id);
    await send(interaction, outcome.entryId && ctx.insights.votes ? withVotes(shared, outcome.entryId) : shared);
    // Recorded once the answer is on its way: insights never hold it up.
    const via = question.trim().startsWith(PICK_PREFIX) ? 'pick' : 'ask';
    ctx.insights.record(questionEvent(via, interaction.guildId, outcome, started, settings));
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(suggestions(ctx.store.current, interaction.options.getFocused()));
  },
} satisfies Command;
