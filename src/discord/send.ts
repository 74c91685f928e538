import type { RepliableInteraction } from 'discord.js';
import type { Reply } from '../replies/view.ts';
import { toDiscord } from './render.ts';

/**
 * Sends a reply to an interaction, whatever has happened to it so far: a first reply, the edit
 * of a deferred one, or a follow-up when it has been answered already.
 */
export async function send(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const payload = toDiscord(reply);
  if (interaction.deferred && !interaction.replied) {
    const { flags: _ephemeralIsSetByTheDefer, ...edit } = payload;
    await interaction.editReply(edit);
  } else if (interaction.replied) {
    await interaction.followUp(payload);
  } else {
    await interaction.reply(payload);
  }
}
