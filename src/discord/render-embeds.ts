// Cards as Discord embeds, within Discord's limits on embeds and components.
import type { APIEmbed } from 'discord.js';
import { type Card, fitText, type Tone } from '../replies/view.ts';

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
export function embedsOf(cards: readonly Card[]): APIEmbed[] {
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
