// Other bots register /ask and /help too, and Discord lists every bot's commands side by side. A
// prefix set by the operator (COMMAND_PREFIX) tells ours apart; the commands themselves keep their
// own short names, and only registration, routing and /help's mentions put the prefix in front.

/**
 * The name a slash command is registered, routed and shown under: `prefix` (COMMAND_PREFIX, empty
 * by default), then the command's own name. Message commands ("Counter with the article") sit
 * under the bot's name in the Apps menu and keep theirs.
 */
export function prefixedName(prefix: string, name: string): string {
  return `${prefix}${name}`;
}
