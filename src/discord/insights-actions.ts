import { insightsReply } from '../replies/insights-replies.ts';
import { notice, type Reply } from '../replies/view.ts';
import { family } from './components/component-family.ts';
import type { BotContext } from './bot-context.ts';
import { send, toDiscord } from './render.ts';

const THANKS = {
  counted: (helpful: boolean) =>
    `Thanks: marked as ${helpful ? 'helpful' : 'not helpful'}. Curators see these counts to improve the answers.`,
  changed: (helpful: boolean) => `Thanks: changed to ${helpful ? 'helpful' : 'not helpful'}.`,
  again: (helpful: boolean) =>
    `You already marked this answer as ${helpful ? 'helpful' : 'not helpful'}; it counts once.`,
  // The database is busy: the vote waits in the write queue and is counted once it is free.
  queued: (helpful: boolean) =>
    `Thanks: marked as ${helpful ? 'helpful' : 'not helpful'}. It will be counted in a moment (once per person).`,
};

/** /insights for a period: the server's figures, and the last-good warning while there is one. */
export async function insightsFor(ctx: BotContext, days: number, guildId: string | null): Promise<Reply> {
  const summary = await ctx.insights.summary(days, guildId ?? undefined);
  return insightsReply(ctx.store.current.knowledge, summary, ctx.insights.unavailable, ctx.onLastGood());
}

/** Helpful / Not helpful: an ephemeral thanks; the answer does not change for anyone. */
export const voteControls = family<'vote'>({
  name: 'votes',
  actions: ['vote'],
  cooldown: () => false,
  async run(interaction, control, ctx) {
    const { user, message, guildId } = interaction;
    const outcome = await ctx.insights.vote(user.id, message.id, guildId, control.id, control.helpful);
    await send(
      interaction,
      outcome
        ? notice('Thanks', THANKS[outcome](control.helpful), 'browse')
        : notice(
            'Vote not recorded',
            `Votes cannot be recorded right now: ${ctx.insights.unavailable ?? 'unknown reason'}.`,
          ),
    );
  },
});

/** /insights' period switch (7 or 30 days): admins only, like /insights. */
export const insightsPeriodControls = family<'insights'>({
  name: '/insights',
  actions: ['insights'],
  access: 'admin',
  cooldown: () => false,
  async run(interaction, control, ctx) {
    const { flags: _same, ...payload } = toDiscord(await insightsFor(ctx, control.days, interaction.guildId));
    await interaction.update(payload);
  },
});
