// The parts of a message a channel button posts again: its embeds, its rows (less the button
// used, plus Delete), and the id Discord gives the new message.
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed, ButtonInteraction } from 'discord.js';
import { encodeControl } from '../../replies/custom-id.ts';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** The message's rows without the button that was just used (and, when posting, with Delete). */
export function rowsWithout(
  interaction: ButtonInteraction,
  customId: string,
  extra?: APIComponentInMessageActionRow,
): Row[] {
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

/** "Delete", naming who asked (what is trusted when nothing better is known: channel-controls.ts). */
export const deleteButton = (askerId: string): APIComponentInMessageActionRow => ({
  type: 2,
  style: 2,
  label: 'Delete',
  custom_id: encodeControl({ action: 'delete', askerId }),
});
/** The message's embeds, to post them again. */
export const embedsOf = (interaction: ButtonInteraction): APIEmbed[] =>
  interaction.message.embeds.map((e) => e.toJSON());

/** The id of a message Discord says it created, if its answer has one. */
export function postedId(answer: unknown): string | undefined {
  const id = typeof answer === 'object' && answer !== null ? Reflect.get(answer, 'id') : undefined;
  return typeof id === 'string' ? id : undefined;
}
