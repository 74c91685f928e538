import { decodeControl } from './custom-id.ts';
import type { Card, Control, Reply } from './view.ts';

/** Discord markdown that means nothing on a terminal. */
const plain = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '$1');

/** How a control is reached on a console: the command that does what clicking it would. */
export function consoleCommandFor(control: Control): string {
  if (control.kind === 'link') return `${control.label}: ${control.url}`;
  if (control.kind === 'select') return `${control.placeholder}: /entry <id> (${control.options.map((o) => o.value).join(', ')})`;
  const action = decodeControl(control.id);
  switch (action?.action) {
    case 'passage': return `${control.label}: /passage ${action.id}`;
    case 'others': return `${control.label}: ${action.ids.map((id) => `/entry ${id}`).join(' or ')}`;
    case 'answer': return `${control.label}: /entry ${action.id}`;
    default: return control.label;
  }
}

function renderCard(card: Card): string[] {
  const lines: string[] = [];
  if (card.title) lines.push(`== ${card.title} ==`);
  if (card.description) lines.push(plain(card.description));
  if (card.quote) lines.push(...card.quote.split('\n').map((l) => `  > ${l}`));
  for (const field of card.fields ?? []) lines.push(`${field.name}:`, ...plain(field.value).split('\n').map((l) => `  ${l}`));
  if (card.footer) lines.push(`-- ${card.footer}`);
  return lines;
}

/** A reply as text for a terminal: the same content Discord shows, controls as console commands. */
export function renderText(reply: Reply): string {
  const blocks: string[] = [];
  if (reply.content) blocks.push(reply.content);
  for (const card of reply.cards) blocks.push(renderCard(card).join('\n'));
  const controls = reply.rows.flat();
  if (controls.length > 0) blocks.push(controls.map((c) => `  » ${consoleCommandFor(c)}`).join('\n'));
  return blocks.join('\n\n');
}
