import { SlashCommandBuilder } from 'discord.js';
import { send } from '../src/discord/render.ts';
import type { ServerSettings } from '../src/stores/records.ts';
import { settingsReply } from '../src/replies/settings-replies.ts';
import { notice } from '../src/replies/view.ts';
import { slashCommand } from '../src/text/command-names.ts';
import type { Command } from '../src/discord/command.ts';
import { isLanguage, LANGUAGE_CHOICES } from '../src/text/i18n/languages.ts';

/**
 * `/settings [answers:] [cooldown:] [store_questions:] [mentions:] [public_answers:] [language:]`: this
 * server's own defaults over the environment's. With no option, shows them. Manage Server only.
 */
export const settings = {
  name: 'settings',
  access: 'manage-server',
  definition: () =>
    new SlashCommandBuilder()
      .setName('settings')
      .setDescription('Admins: this server’s answer visibility, cooldown, language and whether questions are stored')
      .addStringOption((o) =>
        o
          .setName('answers')
          .setDescription('Who sees /ask answers by default')
          .addChoices(
            { name: 'everyone (public)', value: 'public' },
            { name: 'only the asker (private)', value: 'ephemeral' },
          ),
      )
      .addNumberOption((o) =>
        o
          .setName('cooldown')
          .setDescription('Seconds between two /ask of one member (0: none)')
          .setMinValue(0)
          .setMaxValue(3600),
      )
      .addBooleanOption((o) =>
        o.setName('store_questions').setDescription('Keep question text for /insights (off: outcomes only)'),
      )
      .addBooleanOption((o) =>
        o.setName('mentions').setDescription('Answer @mentions in this server (off: ignore them)'),
      )
      .addBooleanOption((o) =>
        o
          .setName('public_answers')
          .setDescription('Allow answers shown to the channel (off: /ask answers are private)'),
      )
      .addStringOption((o) =>
        o
          .setName('language')
          .setDescription('The language of replies (auto: each member’s Discord language)')
          .addChoices(...LANGUAGE_CHOICES),
      )
      .toJSON(),
  async execute(interaction, ctx) {
    if (!interaction.guildId)
      return send(
        interaction,
        notice('Not allowed', `${slashCommand(ctx.config.COMMAND_PREFIX, 'settings')} is for a server.`, 'error'),
      );
    const current = await ctx.settings.get(interaction.guildId);
    const answers = interaction.options.getString('answers');
    const cooldown = interaction.options.getNumber('cooldown');
    const storeText = interaction.options.getBoolean('store_questions');
    const mentions = interaction.options.getBoolean('mentions');
    const publicAnswers = interaction.options.getBoolean('public_answers');
    const language = interaction.options.getString('language');
    const changes: ServerSettings = {
      ...current,
      ...(answers === 'public' || answers === 'ephemeral' ? { visibility: answers } : {}),
      ...(cooldown === null ? {} : { cooldownSeconds: cooldown }),
      ...(storeText === null ? {} : { storeText }),
      ...(mentions === null ? {} : { mentions }),
      ...(publicAnswers === null ? {} : { publicAnswers }),
      // "auto" clears the server's language: each member's client language decides again.
      ...(language === null ? {} : { language: isLanguage(language) ? language : undefined }),
    };
    const options = [answers, cooldown, storeText, mentions, publicAnswers, language];
    const changed = options.some((option) => option !== null);
    const saved = changed ? await ctx.settings.save(interaction.guildId, changes) : true;
    const state = { changed, saved, unavailable: ctx.settings.unavailable, recording: ctx.insights.enabled };
    await send(interaction, settingsReply(saved ? changes : current, ctx.config, state));
  },
} satisfies Command;
