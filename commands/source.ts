import { SlashCommandBuilder } from 'discord.js';
import { send } from '../src/discord/render.ts';
import { matchingNote } from '../src/answer/browse.ts';
import { sourceReply } from '../src/replies/browse-replies.ts';
import type { Command } from '../src/discord/command.ts';
import { interfaceOf } from '../src/discord/interface-language.ts';

/** `/source`: the article itself, with its link and table of sections. */
export const source = {
  name: 'source',
  definition: () =>
    new SlashCommandBuilder()
      .setName('source')
      .setDescription('The article the answers come from: details, link and sections')
      .toJSON(),
  async execute(interaction, ctx) {
    const loaded = ctx.store.current;
    const { t } = await interfaceOf(interaction, ctx);
    await send(interaction, sourceReply(loaded.knowledge, matchingNote(loaded), t));
  },
} satisfies Command;
