import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type RepliableInteraction,
} from 'discord.js';
import { type Card, type Control, fitText, type Reply, type Tone } from '../replies/view.ts';

/** Discord's limits on embeds and components (see the developer docs). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embeds: 10,
  total: 6000,
  rows: 5,
  perRow: 5,
  buttonLabel: 80,
  selectOptions: 25,
  optionText: 100,
  placeholder: 150,
} as const;

/** One colour per tone, the same in every command. */
export const COLOURS: Record<Tone, number> = { answer: 0x2b6cb0, browse: 0x4a5568, notice: 0xd69e2e, error: 0xc53030 };

/** What discord.js sends for a reply: never any mention, whatever the text contains. */
export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  flags?: MessageFlags.Ephemeral;
  /** Nobody, or only the users a reply names in `pings`; a reply never pings the replied-to author. */
  allowedMentions: { parse: []; users?: string[]; repliedUser: false };
}

/**
 * An embed within every per-part limit and within `budget` characters in all, filled in order of
 * importance: title, description (the verbatim quote is never cut: the text before it yields),
 * fields, footer. What does not fit is shortened at a word boundary, or left out.
 */
function embedOf(card: Card, budget: number): { embed: APIEmbed; used: number } {
  let left = budget;
  const take = (text: string, max: number) => {
    const fitted = fitText(text, Math.min(max, left));
    left -= fitted.length;
    return fitted;
  };
  const embed: APIEmbed = { color: COLOURS[card.tone] };
  if (card.url) embed.url = card.url;
  if (card.title) embed.title = take(card.title, LIMITS.title);
  const quote = card.quote
    ? `\n\n${card.quote
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')}`
    : '';
  if (card.description || quote) {
    const room = Math.min(LIMITS.description, left) - quote.length;
    const text =
      room > 0
        ? `${fitText(card.description ?? '', room)}${quote}`.trim()
        : take(card.description ?? quote, LIMITS.description);
    if (room > 0) left -= text.length;
    if (text) embed.description = text;
  }
  const fields = [];
  for (const f of (card.fields ?? []).slice(0, LIMITS.fields)) {
    if (left < f.name.length + 10) break;
    const name = take(f.name, LIMITS.fieldName);
    fields.push({ name, value: take(f.value, LIMITS.fieldValue) || '—' });
  }
  if (fields.length > 0) embed.fields = fields;
  if (card.footer && left > 0) embed.footer = { text: take(card.footer, LIMITS.footer) };
  return { embed, used: budget - left };
}

/** All cards as embeds within the 6000-character total: earlier cards are served first. */
function embedsOf(cards: readonly Card[]): APIEmbed[] {
  let budget = LIMITS.total;
  const embeds: APIEmbed[] = [];
  for (const card of cards.slice(0, LIMITS.embeds)) {
    // A card squeezed into a few characters says nothing; better left out than cut to a stub.
    if (embeds.length > 0 && budget < 200) break;
    const { embed, used } = embedOf(card, budget);
    embeds.push(embed);
    budget -= used;
  }
  return embeds;
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
