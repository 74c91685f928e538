// A reply as discord.js options, and sending it to an interaction whatever its state.
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type RepliableInteraction,
} from 'discord.js';
import { type Control, fitText, type Reply } from '../replies/view.ts';
import { embedsOf, LIMITS } from './render-embeds.ts';

/** What discord.js sends for a reply: never any mention, whatever the text contains. */
export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  flags?: MessageFlags.Ephemeral;
  /** Nobody, or only the users a reply names in `pings`; a reply never pings the replied-to author. */
  allowedMentions: { parse: []; users?: string[]; repliedUser: false };
}

function componentOf(control: Control): APIComponentInMessageActionRow {
  switch (control.kind) {
    case 'link':
      return {
        type: ComponentType.Button,
        style: ButtonStyle.Link,
        label: fitText(control.label, LIMITS.buttonLabel),
        url: control.url,
      };
    case 'button':
      return {
        type: ComponentType.Button,
        style: control.primary ? ButtonStyle.Primary : ButtonStyle.Secondary,
        label: fitText(control.label, LIMITS.buttonLabel),
        custom_id: control.id,
      };
    case 'select':
      return {
        type: ComponentType.StringSelect,
        custom_id: control.id,
        placeholder: fitText(control.placeholder, LIMITS.placeholder),
        options: control.options.slice(0, LIMITS.selectOptions).map((o) => ({
          value: o.value,
          label: fitText(o.label, LIMITS.optionText),
          ...(o.description ? { description: fitText(o.description, LIMITS.optionText) } : {}),
        })),
      };
  }
}

/** A reply as discord.js options: embeds within every limit, components, ephemeral flag, no mentions but the chosen. */
export function toDiscord(reply: Reply): DiscordPayload {
  const rows = reply.rows
    .filter((row) => row.length > 0)
    .slice(0, LIMITS.rows)
    .map((row) => ({
      type: ComponentType.ActionRow as const,
      components: row.slice(0, LIMITS.perRow).map(componentOf),
    }));
  return {
    ...(reply.content ? { content: fitText(reply.content, 2000) } : {}),
    embeds: embedsOf(reply.cards),
    components: rows,
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowedMentions: {
      parse: [],
      ...(reply.pings && reply.pings.length > 0 ? { users: [...reply.pings] } : {}),
      repliedUser: false,
    },
  };
}

/**
 * Sends a reply to an interaction, whatever has happened to it so far: a first reply, the edit
 * of a deferred one, or a follow-up when it has been answered already. A private reply to a
 * public acknowledgement (a notice to an /ask acknowledged in public) replaces it: the public
 * "thinking…" goes, and the reply follows for the asker alone.
 */
export async function send(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const payload = toDiscord(reply);
  // `ephemeral` is false only after a public deferReply (a deferred update leaves it null).
  if (interaction.deferred && !interaction.replied && reply.ephemeral && interaction.ephemeral === false) {
    await interaction.deleteReply();
    await interaction.followUp(payload);
  } else if (interaction.deferred && !interaction.replied) {
    const { flags: _ephemeralIsSetByTheDefer, ...edit } = payload;
    await interaction.editReply(edit);
  } else if (interaction.replied) {
    await interaction.followUp(payload);
  } else {
    await interaction.reply(payload);
  }
}
