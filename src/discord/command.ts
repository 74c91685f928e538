// What a command is: its rules as data (who may run it, where, under which cooldown, whether it is
// acknowledged first) beside its handlers. One enforcer (command-rules.ts) applies the rules.
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  InteractionContextType,
  MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { BotContext } from './bot-context.ts';

/**
 * Who may run a command: anyone; server admins (Manage Server, or one of ADMIN_ROLE_IDS); only
 * members with Manage Server; or, for what acts on every server, the bot's owners (OWNER_IDS) and
 * the admins of its home server (HOME_GUILD_ID). Admin commands are registered for Manage Server and servers only,
 * and checked again when they run, since server owners can change who may use a command.
 */
export type Access = 'everyone' | 'admin' | 'manage-server' | 'owner';

/** A command's rules, as data. */
export interface CommandRules {
  /** Anyone when unset. */
  readonly access?: Access;
  /** Where it can be used (servers, DMs with the bot, group DMs); admin commands: servers only. */
  readonly contexts?: readonly InteractionContextType[];
  /** Whether the per-member answer cooldown (the server's /settings over the default) applies. */
  readonly cooldown?: boolean;
  /**
   * Acknowledged before it runs (and before any store is read), for work that may take longer than
   * Discord's 3 seconds: privately, publicly, or as an answer is shown ('answer': its `public` option
   * if given, else the server's default; privately when the server's settings are slow to come).
   */
  readonly defer?: 'ephemeral' | 'public' | 'answer';
  /** Said after a refusal, e.g. "Nothing was reloaded." */
  readonly refusedNote?: string;
}

/** A slash command: its definition (which may list the knowledge base's sections), rules and handlers. */
export interface Command extends CommandRules {
  readonly name: string;
  /** The JSON Discord registers, before the rules add permissions and contexts. */
  definition(knowledge: KnowledgeBase): RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** A message command: in a message's menu (right-click, long-press → Apps). */
export interface MessageCommand extends CommandRules {
  readonly name: string;
  definition(): RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
}
