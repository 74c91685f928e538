import {
  ComponentType, MessageFlags, type APIActionRowComponent, type APIComponentInMessageActionRow, type ButtonInteraction, type StringSelectMenuInteraction,
} from 'discord.js';
import { pickedOutcome } from '../handlers/ask-outcome.ts';
import { controlReply } from '../handlers/control-handler.ts';
import { questionEvent } from '../insights/question-event.ts';
import { withVotes } from '../replies/vote-controls.ts';
import { decodeControl } from '../replies/custom-id.ts';
import { withShareControls } from '../replies/share-controls.ts';
import { cooldownReply } from '../replies/view.ts';
import type { BotContext } from './bot-context.ts';
import { send, toDiscord } from './render.ts';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** The message's rows with every button and menu disabled: a choice made, shown as made. */
function disabledRows(interaction: ButtonInteraction | StringSelectMenuInteraction): Row[] {
  return interaction.message.components.map((row) => {
    const json = row.toJSON() as Row;
    return { ...json, components: json.components.map((c) => ('url' in c && c.url ? c : { ...c, disabled: true })) };
  });
}

/** The message's menus, kept under an answer that replaces the message, to pick another topic. */
function menuRows(interaction: ButtonInteraction | StringSelectMenuInteraction): Row[] {
  return interaction.message.components.map((row) => row.toJSON() as Row)
    .filter((row) => row.components.some((c) => c.type === ComponentType.StringSelect));
}

/**
 * A button or menu answered from the knowledge base, without loose ends. A page of a section
 * replaces the page. A suggestion or a topic picked on a private message: a private answer
 * replaces the message (its menu kept, to pick another topic); a public one is posted, within the
 * /ask cooldown, and the private message's buttons are disabled, the choice made. Anything else
 * ("Show passage", "Other matches") is a new reply.
 */
export async function componentReply(interaction: ButtonInteraction | StringSelectMenuInteraction, ctx: BotContext): Promise<void> {
  const started = performance.now();
  const values = interaction.isStringSelectMenu() ? interaction.values : [];
  const control = decodeControl(interaction.customId);
  const action = control?.action;
  // A topic picked (a suggestion, a menu option): an answer to record, and to vote on.
  const picked = ctx.store.current.knowledge.entryById.get(control?.action === 'answer' ? control.id : action === 'pick' ? values[0] ?? '' : '');
  const shared = withShareControls(controlReply(ctx.store.current, interaction.customId, values), interaction.user.id);
  const reply = picked && ctx.insights.votes ? withVotes(shared, picked.id) : shared;
  const settings = await ctx.settings.get(interaction.guildId);
  const record = () => picked && ctx.insights.record(questionEvent('button', interaction.guildId, pickedOutcome(picked.id, picked.topic), started, settings));
  if (!reply.ephemeral) {
    const wait = ctx.askCooldown.take(interaction.user.id, settings.cooldownSeconds);
    if (wait > 0) return send(interaction, cooldownReply(wait));
  }
  const fromPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);
  const choice = action === 'answer' || action === 'pick';
  if (action === 'section' || (fromPrivate && choice && reply.ephemeral)) {
    const { flags: _same, ...payload } = toDiscord(reply);
    const rows = action === 'section' ? payload.components : [...payload.components, ...menuRows(interaction)].slice(0, 5);
    await interaction.update({ ...payload, components: rows });
    record();
    return;
  }
  await send(interaction, reply);
  record();
  if (fromPrivate && choice) {
    await interaction.webhook.editMessage(interaction.message.id, { components: disabledRows(interaction) });
  }
}
