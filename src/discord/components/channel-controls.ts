import { DiscordAPIError, PermissionFlagsBits, Routes, type ButtonInteraction } from 'discord.js';
import { notice, type Reply } from '../../replies/view.ts';
import { slashCommand } from '../../text/command-names.ts';
import { BoundedRecord } from './bounded-record.ts';
import { deleteButton, embedsOf, postedId, rowsWithout } from './posted-message.ts';
import { family, type AnyFamily } from './component-family.ts';
import type { BotContext } from '../bot-context.ts';
import { send } from '../render.ts';

/** Whether a Discord error says the target message is gone or out of sight. */
const gone = (error: unknown) =>
  error instanceof DiscordAPIError && [10008, 50035, 10003, 50001].includes(Number(error.code));
const forbidden = (error: unknown) => error instanceof DiscordAPIError && [50013, 50001].includes(Number(error.code));

/** How many posts, and who made them, are remembered: hours of a busy bot's posting. */
const REMEMBERED = 10_000;

const answersPrivate = (prefix: string) =>
  notice(
    'Answers stay private here',
    `This server’s admins turned public answers off (${slashCommand(prefix, 'settings')} public_answers), so answers ` +
      'are not posted.',
  );

const ALREADY_POSTED = notice(
  'Already posted',
  'This was posted already: each answer is posted once. Look for it in the channel.',
);

/**
 * Buttons that act on the channel: "Post as reply" (a counter, publicly, as a reply to the message
 * it counters), "Post to channel" (a private answer, publicly), "Delete" (a public answer). Posting
 * is once per button, under the server's answer cooldown: the button is claimed (its message and
 * custom id) before anything is posted, so a second press while the first is under way is told so.
 * One set of claims per client: a press reaches the shard that holds its server. Nothing is posted
 * in a server that turned public answers off.
 */
export function channelControls(): AnyFamily {
  const claimed = new BoundedRecord<true>(REMEMBERED);
  const postedBy = new BoundedRecord<string>(REMEMBERED);
  return family<'reply' | 'post' | 'delete'>({
    name: 'channel',
    actions: ['reply', 'post', 'delete'],
    cooldown: (control) => control.action !== 'delete',
    async run(interaction, control, ctx) {
      if (!interaction.isButton()) return;
      if (control.action === 'delete')
        return deleteAnswer(interaction, askerOf(interaction, control.askerId, postedBy));
      if ((await ctx.settings.get(interaction.guildId)).publicAnswers === false)
        return send(interaction, answersPrivate(ctx.config.COMMAND_PREFIX));
      const claim = `${interaction.message.id}:${interaction.customId}`;
      if (!claimed.claim(claim, true)) return send(interaction, ALREADY_POSTED);
      let posted = false;
      const onPosted = (messageId?: string) => {
        posted = true;
        if (messageId) postedBy.set(messageId, interaction.user.id);
      };
      let failed: Reply | undefined;
      try {
        if (control.action === 'post') await postToChannel(interaction, onPosted);
        else failed = await postAsReply(interaction, control.messageId, ctx, onPosted);
      } finally {
        // Nothing posted (the message is gone, no permission, an error): the button may be pressed again.
        if (!posted) claimed.delete(claim);
      }
      if (failed) await send(interaction, failed);
    },
  });
}

/**
 * Who a public answer belongs to. Discord's own word first: a message sent in reply to an
 * interaction names its user in its interaction metadata (a public /ask, "Post to channel").
 * Then, for a message the bot posted through REST ("Post as reply"), who pressed the button, as
 * remembered here. Only when neither is known (a REST post from before a restart, or forgotten)
 * the id the bot wrote into the Delete button: the bot's own writing on its own message, but the
 * weakest of the three, since an interaction can carry a custom id its message never had.
 */
function askerOf(interaction: ButtonInteraction, askerId: string, postedBy: BoundedRecord<string>): string {
  return interaction.message.interactionMetadata?.user.id ?? postedBy.get(interaction.message.id) ?? askerId;
}

/** "Delete": its asker, or a member who may manage messages. */
async function deleteAnswer(interaction: ButtonInteraction, askerId: string): Promise<void> {
  const may = interaction.user.id === askerId || interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages);
  if (!may) {
    const why = 'Only the person who asked for this answer, or a member who may manage messages, can delete it.';
    return send(interaction, notice('Not yours to delete', why));
  }
  await interaction.deferUpdate();
  await interaction.deleteReply();
}

/** "Post to channel": the private answer, publicly, with Delete; the private copy loses its button. */
async function postToChannel(interaction: ButtonInteraction, onPosted: () => void): Promise<void> {
  const components = rowsWithout(interaction, interaction.customId, deleteButton(interaction.user.id));
  await interaction.reply({ embeds: embedsOf(interaction), components, allowedMentions: { parse: [] } });
  onPosted();
  await interaction.webhook.editMessage(interaction.message.id, {
    components: rowsWithout(interaction, interaction.customId),
  });
}

/** "Post as reply": the counter, publicly, as a reply to the message it counters; or why it could not be. */
async function postAsReply(
  interaction: ButtonInteraction,
  messageId: string,
  ctx: BotContext,
  onPosted: (messageId?: string) => void,
): Promise<Reply | undefined> {
  const embeds = embedsOf(interaction);
  try {
    const posted = await interaction.client.rest.post(Routes.channelMessages(interaction.channelId), {
      body: {
        embeds,
        components: rowsWithout(interaction, interaction.customId, deleteButton(interaction.user.id)),
        message_reference: { message_id: messageId, channel_id: interaction.channelId, fail_if_not_exists: true },
        allowed_mentions: { parse: [], replied_user: false },
      },
    });
    onPosted(postedId(posted));
  } catch (error) {
    if (gone(error) && !forbidden(error)) {
      const why = 'The message this counters was deleted, or I can no longer see it, so there is nothing to reply to.';
      return notice('That message is gone', why);
    }
    if (forbidden(error)) {
      ctx.logger.warn({ channel: interaction.channelId, err: error }, 'cannot post a reply in this channel');
      const why =
        'I need Send Messages, Read Message History and Embed Links in this channel to post a reply. ' +
        'Ask an admin, or share the answer yourself.';
      return notice('I cannot post here', why);
    }
    throw error;
  }
  const components = rowsWithout(interaction, interaction.customId);
  await interaction.update({ content: 'Posted as a reply to the message.', embeds, components });
  return undefined;
}
