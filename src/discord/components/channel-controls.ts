import {
  DiscordAPIError,
  PermissionFlagsBits,
  Routes,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type ButtonInteraction,
} from 'discord.js';
import { encodeControl } from '../../replies/custom-id.ts';
import { notice } from '../../replies/view.ts';
import { family } from './component-family.ts';
import type { BotContext } from '../bot-context.ts';
import { send } from '../render.ts';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** The message's rows without the button that was just used (and, when posting, with Delete). */
function rowsWithout(interaction: ButtonInteraction, customId: string, extra?: APIComponentInMessageActionRow): Row[] {
  const rows = interaction.message.components
    .map((row) => row.toJSON() as Row)
    .map((row) => ({
      ...row,
      components: row.components.filter((c) => !('custom_id' in c) || c.custom_id !== customId),
    }));
  if (extra) {
    const last = rows.at(-1);
    if (last && last.components.length < 5) last.components.push(extra);
    else rows.push({ type: 1, components: [extra] });
  }
  return rows.filter((row) => row.components.length > 0);
}

const deleteButton = (askerId: string): APIComponentInMessageActionRow => ({
  type: 2,
  style: 2,
  label: 'Delete',
  custom_id: encodeControl({ action: 'delete', askerId }),
});
const embedsOf = (interaction: ButtonInteraction): APIEmbed[] => interaction.message.embeds.map((e) => e.toJSON());

/** Whether a Discord error says the target message is gone or out of sight. */
const gone = (error: unknown) =>
  error instanceof DiscordAPIError && [10008, 50035, 10003, 50001].includes(Number(error.code));
const forbidden = (error: unknown) => error instanceof DiscordAPIError && [50013, 50001].includes(Number(error.code));

/**
 * Buttons that act on the channel: "Post as reply" (a counter, publicly, as a reply to the message
 * it counters), "Post to channel" (a private answer, publicly), "Delete" (a public answer). Posting
 * is once per button, under the server's answer cooldown.
 */
export const channelControls = family<'reply' | 'post' | 'delete'>({
  name: 'channel',
  actions: ['reply', 'post', 'delete'],
  cooldown: (control) => control.action !== 'delete',
  async run(interaction, control, ctx) {
    if (!interaction.isButton()) return;
    if (control.action === 'delete') return deleteAnswer(interaction, control.askerId);
    if (control.action === 'post') return postToChannel(interaction);
    return postAsReply(interaction, control.messageId, ctx);
  },
});

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
async function postToChannel(interaction: ButtonInteraction): Promise<void> {
  const components = rowsWithout(interaction, interaction.customId, deleteButton(interaction.user.id));
  await interaction.reply({ embeds: embedsOf(interaction), components, allowedMentions: { parse: [] } });
  await interaction.webhook.editMessage(interaction.message.id, {
    components: rowsWithout(interaction, interaction.customId),
  });
}

/** "Post as reply": the counter, publicly, as a reply to the message it counters. */
async function postAsReply(interaction: ButtonInteraction, messageId: string, ctx: BotContext): Promise<void> {
  const embeds = embedsOf(interaction);
  try {
    await interaction.client.rest.post(Routes.channelMessages(interaction.channelId), {
      body: {
        embeds,
        components: rowsWithout(interaction, interaction.customId, deleteButton(interaction.user.id)),
        message_reference: { message_id: messageId, channel_id: interaction.channelId, fail_if_not_exists: true },
        allowed_mentions: { parse: [], replied_user: false },
      },
    });
  } catch (error) {
    if (gone(error) && !forbidden(error)) {
      const why = 'The message this counters was deleted, or I can no longer see it, so there is nothing to reply to.';
      return send(interaction, notice('That message is gone', why));
    }
    if (forbidden(error)) {
      ctx.logger.warn({ channel: interaction.channelId, err: error }, 'cannot post a reply in this channel');
      const why =
        'I need Send Messages, Read Message History and Embed Links in this channel to post a reply. ' +
        'Ask an admin, or share the answer yourself.';
      return send(interaction, notice('I cannot post here', why));
    }
    throw error;
  }
  const components = rowsWithout(interaction, interaction.customId);
  await interaction.update({ content: 'Posted as a reply to the message.', embeds, components });
}
