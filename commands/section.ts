import { SlashCommandBuilder } from 'discord.js';
import { browseSection } from '../src/answer/browse.ts';
import { send } from '../src/discord/render.ts';
import { fitText } from '../src/replies/view.ts';
import type { Command } from '../src/discord/command.ts';
import { interfaceOf } from '../src/discord/interface-language.ts';

/** `/section number:<1–8>`: a section's title, pages, thesis and claims, pickable from a menu. */
export const section = {
  name: 'section',
  definition(knowledge) {
    const [first] = knowledge.sources;
    const sections = first?.sections ?? [];
    const builder = new SlashCommandBuilder()
      .setName('section')
      .setDescription('Browse one section of the article: its thesis and the claims it answers')
      .addIntegerOption((o) =>
        o
          .setName('number')
          .setDescription('Which section')
          .setRequired(true)
          .setMinValue(1)
          .setMaxValue(Math.max(1, sections.length))
          .addChoices(
            ...sections.slice(0, 25).map((s) => ({ name: fitText(`§${s.number} ${s.title}`, 100), value: s.number })),
          ),
      );
    if (knowledge.sources.length > 1) {
      builder.addStringOption((o) =>
        o
          .setName('source')
          .setDescription(`Which source (default: ${first?.citation ?? 'the first'})`)
          .setAutocomplete(true),
      );
    }
    return builder.toJSON();
  },
  async execute(interaction, ctx) {
    const { t } = await interfaceOf(interaction, ctx);
    const reply = browseSection(
      ctx.store.current,
      interaction.options.getInteger('number', true),
      interaction.options.getString('source') ?? undefined,
      'ephemeral',
      t,
    );
    await send(interaction, reply);
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused().toLowerCase();
    const sources = ctx.store.current.knowledge.sources.filter((s) =>
      `${s.id} ${s.citation}`.toLowerCase().includes(typed),
    );
    await interaction.respond(
      sources.slice(0, 25).map((s) => ({ name: fitText(`${s.citation} (${s.id})`, 100), value: s.id })),
    );
  },
} satisfies Command;
