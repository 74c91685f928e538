import { isChannelAction } from './custom-id.ts';
import { withoutControls } from './echo.ts';
import type { Card, Control, Reply } from './view.ts';

/** Discord markdown that means nothing on a terminal: small text, bold, and masked links shown as "text (url)". */
const plain = (text: string) =>
  text
    .replace(/^-# /gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)');

/** What typing a control's number on a console does: the custom_id it stands for and the chosen values. */
export interface ConsoleChoice {
  readonly label: string;
  readonly customId: string;
  readonly values: readonly string[];
}

/**
 * A reply's buttons and menu options, numbered in the order shown: on a console the user types
 * the number where on Discord they would click. Links are shown, not numbered.
 */
export function consoleChoices(reply: Reply): ConsoleChoice[] {
  return reply.rows.flat().flatMap((control: Control): ConsoleChoice[] => {
    // Posting, replying and deleting are things done in a Discord channel: not console choices.
    if (control.kind === 'button' && isChannelAction(control.id)) return [];
    if (control.kind === 'button') return [{ label: control.label, customId: control.id, values: [] }];
    if (control.kind === 'select')
      return control.options.map((o) => ({ label: o.label, customId: control.id, values: [o.value] }));
    return [];
  });
}

function renderCard(card: Card): string[] {
  const lines: string[] = [];
  if (card.title) lines.push(`== ${card.title} ==`);
  if (card.description) lines.push(plain(card.description));
  if (card.quote) lines.push(...card.quote.split('\n').map((l) => `  > ${l}`));
  for (const field of card.fields ?? [])
    lines.push(
      `${field.name}:`,
      ...plain(field.value)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  if (card.footer) lines.push(`-- ${card.footer}`);
  return lines;
}

/** A reply as text for a terminal: the same content Discord shows, controls numbered to type. */
export function renderText(reply: Reply): string {
  const blocks: string[] = [];
  if (reply.content) blocks.push(reply.content);
  for (const card of reply.cards) blocks.push(renderCard(card).join('\n'));
  const choices = consoleChoices(reply).map((c, i) => `  [${i + 1}] ${c.label}`);
  const links = reply.rows.flat().flatMap((c) => (c.kind === 'link' ? [`  ${c.label}: ${c.url}`] : []));
  if (choices.length > 0) blocks.push([...choices, '  (type a number to choose)'].join('\n'));
  if (links.length > 0) blocks.push(links.join('\n'));
  // Whatever a reply carries, nothing in it may drive the terminal it is printed on.
  return withoutControls(relativeTimes(blocks.join('\n\n')));
}

/** Discord's relative timestamps (`<t:1700000000:R>`) as a console reads them: "in 4 seconds", "3 hours ago". */
function relativeTimes(text: string, now = Date.now()): string {
  return text.replace(/<t:(\d+):R>/g, (_, at: string) => {
    const delta = Number(at) - now / 1000;
    const seconds = Math.max(1, Math.round(Math.abs(delta)));
    const [count, unit] =
      seconds < 120
        ? [seconds, 'second']
        : seconds < 7200
          ? [Math.round(seconds / 60), 'minute']
          : seconds < 172_800
            ? [Math.round(seconds / 3600), 'hour']
            : [Math.round(seconds / 86_400), 'day'];
    const span = `${count} ${unit}${count === 1 ? '' : 's'}`;
    return delta > 0 ? `in ${span}` : `${span} ago`;
  });
}
