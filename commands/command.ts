import type {
  AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody,
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
