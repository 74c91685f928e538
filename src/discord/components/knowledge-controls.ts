// Buttons and menus answered from the knowledge base: a passage, other matches, a suggestion or a
// topic picked, a page of a section, the about card.
import {
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from 'discord.js';
import { controlReply, staleReply } from '../../answer/controls.ts';
import { PICK_PREFIX } from '../../answer/entry-picks.ts';
import { respond } from '../../answer/responder.ts';
import { withShareControls } from '../../replies/share-controls.ts';
import type { Reply } from '../../replies/view.ts';
import type { BotContext } from '../bot-context.ts';
import { interfaceOf } from '../interface-language.ts';
import { send, toDiscord } from '../render.ts';
import { family, type ComponentInteraction, type ControlOf } from './component-family.ts';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;
type KnowledgeAction = 'passage' | 'others' | 'answer' | 'pick' | 'section' | 'about';

/** The message's rows with every button and menu disabled: a choice made, shown as made. */
function disabledRows(interaction: ComponentInteraction): Row[] {
  return interaction.message.components.map((row) => {
    const json = row.toJSON() as Row;
    return { ...json, components: json.components.map((c) => ('url' in c && c.url ? c : { ...c, disabled: true })) };
  });
}

/** The message's menus, kept under an answer that replaces the message, to pick another topic. */
function menuRows(interaction: ComponentInteraction): Row[] {
  return interaction.message.components
    .map((row) => row.toJSON() as Row)
    .filter((row) => row.components.some((c) => c.type === ComponentType.StringSelect));
}

/** The entry a suggestion or a menu option picks, if it is still in the knowledge base. */
function pickedId(control: ControlOf<KnowledgeAction>, values: readonly string[], ctx: BotContext) {
  const id = control.action === 'answer' ? control.id : control.action === 'pick' ? values[0] : undefined;
  return id !== undefined && ctx.store.current.knowledge.entryById.has(id) ? id : undefined;
}

/** The reply to a control: a pick answered (and recorded) as /ask answers a picked entry, the rest as they are. */
async function replyTo(interaction: ComponentInteraction, control: ControlOf<KnowledgeAction>, ctx: BotContext) {
  const values = interaction.isStringSelectMenu() ? interaction.values : [];
  const picked = pickedId(control, values, ctx);
  if (picked && 'visibility' in control) {
    const request = { text: `${PICK_PREFIX}${picked}`, via: 'button' as const, guildId: interaction.guildId };
    const { visibility } = control;
    const asker = { askerId: interaction.user.id, locale: interaction.locale };
    return (await respond(ctx, { ...request, ...asker, visibility })).reply;
  }
  const { t } = await interfaceOf(interaction, ctx);
  if (control.action === 'answer' || control.action === 'pick') return staleReply(t);
  return withShareControls(controlReply(ctx.store.current, control, values, t), interaction.user.id, t);
}

/**
 * A page of a section replaces the page. A suggestion or a topic picked on a private message: a
 * private answer replaces the message (its menu kept, to pick another topic); a public one is
 * posted, and the private message's buttons are disabled, the choice made. Anything else ("Show
 * passage", "Other matches") is a new reply.
 */
export const knowledgeControls = family<KnowledgeAction>({
  name: 'knowledge',
  actions: ['passage', 'others', 'answer', 'pick', 'section', 'about'],
  cooldown: (control) => 'visibility' in control && control.visibility === 'public',
  async run(interaction, control, ctx) {
    const reply: Reply = await replyTo(interaction, control, ctx);
    const fromPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);
    const choice = control.action === 'answer' || control.action === 'pick';
    if (control.action === 'section' || (fromPrivate && choice && reply.ephemeral)) {
      const { flags: _same, ...payload } = toDiscord(reply);
      const rows =
        control.action === 'section'
          ? payload.components
          : [...payload.components, ...menuRows(interaction)].slice(0, 5);
      return interaction.update({ ...payload, components: rows }).then(() => undefined);
    }
    await send(interaction, reply);
    if (fromPrivate && choice) {
      await interaction.webhook.editMessage(interaction.message.id, { components: disabledRows(interaction) });
    }
  },
});
