import {
  DiscordAPIError, PermissionFlagsBits, Routes, type APIActionRowComponent, type APIComponentInMessageActionRow,
  type APIEmbed, type ButtonInteraction,
} from 'discord.js';
import { decodeControl, encodeControl, isChannelAction } from '../replies/custom-id.ts';
import { cooldownReply, notice } from '../replies/view.ts';
import type { BotContext } from './bot-context.ts';
import { send } from './render.ts';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** The message's rows without the button that was just used (and, when posting, with Delete). */
function rowsWithout(interaction: ButtonInteraction, customId: string, extra?: APIComponentInMessageActionRow): Row[] {
  const rows = interaction.message.components.map((row) => row.toJSON() as Row)
    .map((row) => ({ ...row, components: row.components.filter((c) => !('custom_id' in c) || c.custom_id !== customId) }));
  if (extra) {
    const last = rows.at(-1);
    if (last && last.components.length < 5) last.components.push(extra);
    else rows.push({ type: 1, components: [extra] });
  }
  return rows.filter((row) => row.components.length > 0);
}

const deleteButton = (askerId: string): APIComponentInMessageActionRow => ({ type: 2, style: 2, label: 'Delete', custom_id: encodeControl({ action: 'delete', askerId }) });
const embedsOf = (interaction: ButtonInteraction): APIEmbed[] => interaction.message.embeds.map((e) => e.toJSON());

/** Whether a Discord error says the target message is gone or out of sight. */
const gone = (error: unknown) => error instanceof DiscordAPIError && [10008, 50035, 10003, 50001].includes(Number(error.code));
const forbidden = (error: unknown) => error instanceof DiscordAPIError && [50013, 50001].includes(Number(error.code));

/**
 * Buttons that act on the channel: "Post as reply" (a counter, publicly, as a reply to the message
 * it counters), "Post to channel" (a private answer, publicly), "Delete" (a public answer). Returns
 * false for any other control. Posting is once per button and within the /ask cooldown.
 */
export async function channelAction(interaction: ButtonInteraction, ctx: BotContext): Promise<boolean> {
  if (!isChannelAction(interaction.customId)) return false;
  const action = decodeControl(interaction.customId);
  if (action?.action === 'delete') {
    const may = interaction.user.id === action.askerId || interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages);
    if (!may) {
      await send(interaction, notice('Not yours to delete', 'Only the person who asked for this answer, or a member who may manage messages, can delete it.'));
      return true;
    }
    await interaction.deferUpdate();
    await interaction.deleteReply();
    return true;
  }
  const wait = ctx.askCooldown.take(interaction.user.id);
  if (wait > 0) {
    await send(interaction, cooldownReply(wait));
    return true;
  }
  const embeds = embedsOf(interaction);
  if (action?.action === 'post') {
    await interaction.reply({ embeds, components: rowsWithout(interaction, interaction.customId, deleteButton(interaction.user.id)), allowedMentions: { parse: [] } });
    // The private copy loses its button: posted once.
    await interaction.webhook.editMessage(interaction.message.id, { components: rowsWithout(interaction, interaction.customId) });
    return true;
  }
  if (action?.action === 'reply') {
    try {
      await interaction.client.rest.post(Routes.channelMessages(interaction.channelId), {
        body: {
          embeds, components: rowsWithout(interaction, interaction.customId, deleteButton(interaction.user.id)),
          message_reference: { message_id: action.messageId, channel_id: interaction.channelId, fail_if_not_exists: true },
          allowed_mentions: { parse: [], replied_user: false },
        },
      });
    } catch (error) {
      if (gone(error) && !forbidden(error)) {
        await send(interaction, notice('That message is gone', 'The message this counters was deleted, or I can no longer see it, so there is nothing to reply to.'));
        return true;
      }
      if (forbidden(error)) {
        ctx.logger.warn({ channel: interaction.channelId, err: error }, 'cannot post a reply in this channel');
        await send(interaction, notice('I cannot post here', 'I need Send Messages, Read Message History and Embed Links in this channel to post a reply. Ask an admin, or share the answer yourself.'));
        return true;
      }
      throw error;
    }
    await interaction.update({ content: 'Posted as a reply to the message.', embeds, components: rowsWithout(interaction, interaction.customId) });
    return true;
  }
  return false;
}
