import { Events, type Client, type Interaction } from 'discord.js';
import type { Command, MessageCommand } from '../../commands/command.ts';
import { commands as allCommands, messageCommands as allMessageCommands } from '../../commands/index.ts';
import { notice } from '../replies/view.ts';
import { UserFacingError, type BotContext } from './bot-context.ts';
import { channelAction } from './channel-actions.ts';
import { insightsAction } from './insights-actions.ts';
import { componentReply } from './component-replies.ts';
import { guarded } from './error-path.ts';
import { send } from './render.ts';

/** Routes every interaction to its command, autocomplete or control handler, through the error path. */
export function attachRouter(
  client: Client, ctx: BotContext, commands: readonly Command[] = allCommands, messageCommands: readonly MessageCommand[] = allMessageCommands,
): void {
  const byName = new Map(commands.map((c) => [c.name, c]));
  const messageByName = new Map(messageCommands.map((c) => [c.name, c]));
  client.on(Events.InteractionCreate, (interaction) => {
    void route(interaction, ctx, byName, messageByName);
  });
}

async function route(
  interaction: Interaction, ctx: BotContext, byName: ReadonlyMap<string, Command>, messageByName: ReadonlyMap<string, MessageCommand>,
): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = byName.get(interaction.commandName);
    return guarded(interaction, ctx, `${interaction.commandName} (autocomplete)`, async () => {
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      else await interaction.respond([]);
    });
  }
  if (interaction.isChatInputCommand()) {
    const command = byName.get(interaction.commandName);
    return guarded(interaction, ctx, interaction.commandName, async () => {
      if (!command) throw new UserFacingError('Unknown command', 'This command is no longer available. Type / to see the current ones.');
      await command.execute(interaction, ctx);
    });
  }
  if (interaction.isMessageContextMenuCommand() && messageByName.has(interaction.commandName)) {
    const command = messageByName.get(interaction.commandName);
    return guarded(interaction, ctx, interaction.commandName, async () => { await command?.execute(interaction, ctx); });
  }
  if (interaction.isButton() || interaction.isStringSelectMenu()) {
    return guarded(interaction, ctx, `component ${interaction.customId}`, async () => {
      if (interaction.isButton() && (await channelAction(interaction, ctx))) return;
      if (interaction.isButton() && (await insightsAction(interaction, ctx))) return;
      await componentReply(interaction, ctx);
    });
  }
  // User, role and channel menus, modals, context menus it does not own: say so, politely.
  if (interaction.isRepliable()) {
    return guarded(interaction, ctx, `unsupported interaction (type ${interaction.type})`, () =>
      send(interaction, notice('Not supported', 'Counterpoint does not handle this kind of interaction. Type / to see its commands.')));
  }
}
