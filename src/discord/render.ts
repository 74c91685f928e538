import {
  ButtonStyle, ComponentType, MessageFlags,
  type APIActionRowComponent, type APIComponentInMessageActionRow, type APIEmbed,
} from 'discord.js';
import { fitText } from '../replies/fit-text.ts';
import type { Card, Control, Reply, Tone } from '../replies/view.ts';

/** Discord's limits on embeds and components (see the developer docs). */
export const LIMITS = {
  title: 256, description: 4096, fieldName: 256, fieldValue: 1024, fields: 25, footer: 2048, embeds: 10,
  total: 6000, rows: 5, perRow: 5, buttonLabel: 80, selectOptions: 25, optionText: 100, placeholder: 150,
} as const;

/** One colour per tone, the same in every command. */
export const COLOURS: Record<Tone, number> = { answer: 0x2b6cb0, browse: 0x4a5568, notice: 0xd69e2e, error: 0xc53030 };

/** What discord.js sends for a reply: never any mention, whatever the text contains. */
export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  flags?: MessageFlags.Ephemeral;
  allowedMentions: { parse: [] };
}

function embedOf(card: Card): APIEmbed {
  const quote = card.quote ? `\n\n${card.quote.split('\n').map((l) => `> ${l}`).join('\n')}` : '';
  // The quote is verbatim and short: the description yields space, never the quote.
  const description = card.description !== undefined || quote
    ? `${fitText(card.description ?? '', LIMITS.description - quote.length)}${quote}`.trim()
    : undefined;
  return {
    color: COLOURS[card.tone],
    ...(card.title ? { title: fitText(card.title, LIMITS.title) } : {}),
    ...(card.url ? { url: card.url } : {}),
    ...(description ? { description } : {}),
    ...(card.fields?.length
      ? { fields: card.fields.slice(0, LIMITS.fields).map((f) => ({ name: fitText(f.name, LIMITS.fieldName), value: fitText(f.value, LIMITS.fieldValue) || '—' })) }
      : {}),
    ...(card.footer ? { footer: { text: fitText(card.footer, LIMITS.footer) } } : {}),
  };
}

const embedLength = (e: APIEmbed) =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0)
  + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Keeps all embeds within the 6000-character total, shortening descriptions from the last one back. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  let excess = embeds.reduce((n, e) => n + embedLength(e), 0) - LIMITS.total;
  for (let i = embeds.length - 1; i >= 0 && excess > 0; i--) {
    const embed = embeds[i];
    if (!embed?.description) continue;
    const keep = Math.max(1, embed.description.length - excess);
    const fitted = fitText(embed.description, keep);
    excess -= embed.description.length - fitted.length;
    embeds[i] = { ...embed, description: fitted };
  }
  return embeds;
}

function componentOf(control: Control): APIComponentInMessageActionRow {
  switch (control.kind) {
    case 'link':
      return { type: ComponentType.Button, style: ButtonStyle.Link, label: fitText(control.label, LIMITS.buttonLabel), url: control.url };
    case 'button':
      return { type: ComponentType.Button, style: control.primary ? ButtonStyle.Primary : ButtonStyle.Secondary, label: fitText(control.label, LIMITS.buttonLabel), custom_id: control.id };
    case 'select':
      return {
        type: ComponentType.StringSelect, custom_id: control.id, placeholder: fitText(control.placeholder, LIMITS.placeholder),
        options: control.options.slice(0, LIMITS.selectOptions).map((o) => ({
          value: o.value, label: fitText(o.label, LIMITS.optionText),
          ...(o.description ? { description: fitText(o.description, LIMITS.optionText) } : {}),
        })),
      };
  }
}

/** A reply as discord.js options: embeds within every limit, components, ephemeral flag, no mentions. */
export function toDiscord(reply: Reply): DiscordPayload {
  const rows = reply.rows
    .filter((row) => row.length > 0)
    .slice(0, LIMITS.rows)
    .map((row) => ({ type: ComponentType.ActionRow as const, components: row.slice(0, LIMITS.perRow).map(componentOf) }));
  return {
    ...(reply.content ? { content: fitText(reply.content, 2000) } : {}),
    embeds: fitTotal(reply.cards.slice(0, LIMITS.embeds).map(embedOf)),
    components: rows,
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowedMentions: { parse: [] },
  };
}
