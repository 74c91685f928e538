import type {
  AutocompleteInteraction, ChatInputCommandInteraction, MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody, RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../src/discord/bot-context.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';

/** A slash command: its definition (which may list the knowledge base's sections) and its handlers. */
export interface Command {
  readonly name: string;
  /** The JSON Discord registers; built from the knowledge base where choices depend on it. */
  definition(knowledge: KnowledgeBase): RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** A message command: in a message's menu (right-click, long-press → Apps). */
export interface MessageCommand {
  readonly name: string;
  definition(): RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
}
