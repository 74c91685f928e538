import { Events, type Client, type Interaction } from 'discord.js';
import { notice } from '../replies/view.ts';
import { UserFacingError, type BotContext } from './bot-context.ts';
import { prefixedName } from '../text/command-names.ts';
import type { Command, MessageCommand } from './command.ts';
import { runUnderRules } from './command-rules.ts';
import { channelControls } from './components/channel-controls.ts';
import { ComponentRouter } from './components/component-router.ts';
import { knowledgeControls } from './components/knowledge-controls.ts';
import { guarded } from './error-path.ts';
import { insightsPeriodControls, voteControls } from './insights-actions.ts';
import { send } from './render.ts';

/** Every family of buttons and menus the bot makes; new for each client, as some remember what was done. */
const families = () => [knowledgeControls, channelControls(), voteControls, insightsPeriodControls];

/** The commands a client serves: given by the entry point, which alone knows `commands/`. */
export interface CommandSet {
  readonly commands: readonly Command[];
  readonly messageCommands: readonly MessageCommand[];
}

/** Routes every interaction to its command, autocomplete or control family, through the error path. */
export function attachRouter(client: Client, ctx: BotContext, set: CommandSet): void {
  // Slash commands arrive under the name they were registered with: COMMAND_PREFIX, then their own.
  const byName = new Map(set.commands.map((c) => [prefixedName(ctx.config.COMMAND_PREFIX, c.name), c]));
  const messageByName = new Map(set.messageCommands.map((c) => [c.name, c]));
  const components = new ComponentRouter(families());
  client.on(Events.InteractionCreate, (interaction) => {
    // `guarded` answers every failure of a handler; this catches what fails before it is reached
    // (an interaction too malformed to name), which would otherwise be an unhandled rejection.
    route(interaction, ctx, { byName, messageByName, components }).catch((error: unknown) => {
      ctx.logger.error({ interactionId: interaction.id, err: error }, 'interaction could not be routed');
    });
  });
}

interface Routes {
  readonly byName: ReadonlyMap<string, Command>;
  readonly messageByName: ReadonlyMap<string, MessageCommand>;
  readonly components: ComponentRouter;
}

/**
 * A control as the log names it: its action alone. Its arguments can name a member (Delete carries
 * its asker's id), and a custom_id arrives from the client, so it could carry any text at all.
 */
export function componentLabel(customId: string): string {
  const action = /^cp1:([a-z]{1,16})(?::|$)/.exec(customId)?.[1];
  return action ? `component ${action}` : 'component (not ours)';
}

async function route(interaction: Interaction, ctx: BotContext, routes: Routes): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = routes.byName.get(interaction.commandName);
    return guarded(interaction, ctx, `${interaction.commandName} (autocomplete)`, async () => {
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      else await interaction.respond([]);
    });
  }
  if (interaction.isChatInputCommand()) {
    const command = routes.byName.get(interaction.commandName);
    return guarded(interaction, ctx, interaction.commandName, async () => {
      if (!command) {
        throw new UserFacingError(
          'Unknown command',
          'This command is no longer available. Type / to see the current ones.',
        );
      }
      await runUnderRules(command, interaction, ctx);
    });
  }
  if (interaction.isMessageContextMenuCommand() && routes.messageByName.has(interaction.commandName)) {
    const command = routes.messageByName.get(interaction.commandName);
    return guarded(interaction, ctx, interaction.commandName, async () => {
      if (command) await runUnderRules(command, interaction, ctx);
    });
  }
  if (interaction.isButton() || interaction.isStringSelectMenu()) {
    return guarded(interaction, ctx, componentLabel(interaction.customId), () =>
      routes.components.route(interaction, ctx),
    );
  }
  // User, role and channel menus, modals, context menus it does not own: say so, politely.
  if (interaction.isRepliable()) {
    const why = 'Counterpoint does not handle this kind of interaction. Type / to see its commands.';
    return guarded(interaction, ctx, `unsupported interaction (type ${interaction.type})`, () =>
      send(interaction, notice('Not supported', why)),
    );
  }
}
