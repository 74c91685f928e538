// The one place a command's rules are applied: the JSON registered with Discord, and, when it
// runs, who may, the cooldown and the acknowledgement. Commands hold no checks of their own.
import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { settingsWithin } from '../answer/settings-budget.ts';
import type { ServerSettings } from '../insights/types.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { cooldownReply, notice } from '../replies/view.ts';
import { accessRefusal } from './admin-check.ts';
import type { BotContext } from './bot-context.ts';
import { localizedCommand, localizedMessageCommand } from './command-localizations.ts';
import { prefixedName, slashCommand } from '../text/command-names.ts';
import type { Command, CommandRules, MessageCommand } from './command.ts';
import { languageWith } from './interface-language.ts';
import { send } from './render.ts';

/** The permissions and contexts a command's rules put into its registration. */
function registered(rules: CommandRules): { default_member_permissions?: string; contexts?: InteractionContextType[] } {
  const admin = rules.access !== undefined && rules.access !== 'everyone';
  const contexts = rules.contexts ?? (admin ? [InteractionContextType.Guild] : undefined);
  return {
    ...(admin ? { default_member_permissions: PermissionFlagsBits.ManageGuild.toString() } : {}),
    ...(contexts ? { contexts: [...contexts] } : {}),
  };
}

/**
 * A slash command's JSON as Discord registers it: the definition under its name with `prefix`
 * (COMMAND_PREFIX), with its rules' permissions and contexts.
 */
export function commandJson(
  command: Command,
  knowledge: KnowledgeBase,
  prefix = '',
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const definition = localizedCommand(command.definition(knowledge), command.name, prefix);
  return { ...definition, name: prefixedName(prefix, definition.name), ...registered(command) };
}

/** Every command's JSON as Discord registers it, message commands after slash commands. */
export function registrations(
  knowledge: KnowledgeBase,
  commands: readonly Command[],
  messageCommands: readonly MessageCommand[],
  prefix = '',
): (RESTPostAPIChatInputApplicationCommandsJSONBody | RESTPostAPIContextMenuApplicationCommandsJSONBody)[] {
  return [
    ...commands.map((c) => commandJson(c, knowledge, prefix)),
    ...messageCommands.map((c) => ({ ...localizedMessageCommand(c.definition()), ...registered(c) })),
  ];
}

/**
 * Whether an 'answer' acknowledgement is private: as the asker chose (the `public` option), else
 * as the server's default; private when the settings did not come in time, since a server that
 * keeps answers private must not see one shown to all because its store was slow. A server that
 * turned public answers off gets private answers whatever was chosen.
 */
function answersPrivately(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  settings: ServerSettings | undefined,
): boolean {
  if (settings?.publicAnswers === false) return true;
  const chosen = interaction.isChatInputCommand() ? interaction.options.getBoolean('public') : null;
  if (chosen !== null) return !chosen;
  return settings === undefined || settings.visibility === 'ephemeral';
}

/**
 * Runs a command under its rules: refused, cooled down, acknowledged, then executed. Nothing
 * before the acknowledgement waits on a store longer than SETTINGS_BUDGET_MS.
 */
export async function runUnderRules<I extends ChatInputCommandInteraction | MessageContextMenuCommandInteraction>(
  command: CommandRules & { readonly name: string; execute(interaction: I, ctx: BotContext): Promise<void> },
  interaction: I,
  ctx: BotContext,
): Promise<void> {
  const named = slashCommand(ctx.config.COMMAND_PREFIX, command.name);
  const refusal = accessRefusal(command.access, interaction, ctx.config, named);
  if (refusal) {
    // Who was refused stays out of the log: which command, and where, is what an operator needs.
    ctx.logger.warn({ command: command.name, guild: interaction.guildId }, `${command.name} refused`);
    const why = command.refusedNote ? `${refusal} ${command.refusedNote}` : refusal;
    return send(interaction, notice('Not allowed', why, 'error'));
  }
  const needsSettings = command.cooldown || command.defer === 'answer';
  const settings = needsSettings ? await settingsWithin(ctx.settings, interaction.guildId) : undefined;
  if (command.cooldown) {
    const wait = ctx.cooldowns.takeWith(interaction.user.id, settings);
    if (wait > 0)
      return send(
        interaction,
        cooldownReply(wait, Date.now(), languageWith(settings, interaction.locale, ctx.config.COMMAND_PREFIX).t),
      );
  }
  if (command.defer) {
    const privately =
      command.defer === 'answer' ? answersPrivately(interaction, settings) : command.defer === 'ephemeral';
    await interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
  }
  await command.execute(interaction, ctx);
}
