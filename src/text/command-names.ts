// Other bots register /ask and /help too, and Discord lists every bot's commands side by side. A
// prefix set by the operator (COMMAND_PREFIX) tells ours apart; the commands themselves keep their
// own short names, and registration, routing and every reply that names a command put the prefix
// in front. The one place that knows how a command is named: the Discord edge and the replies alike.

/**
 * The name a slash command is registered, routed and shown under: `prefix` (COMMAND_PREFIX, empty
 * by default), then the command's own name. Message commands ("Counter with the article") sit
 * under the bot's name in the Apps menu and keep theirs.
 */
export function prefixedName(prefix: string, name: string): string {
  return `${prefix}${name}`;
}

/** A slash command as a member types it: "/", then its registered name ("/cp-ask"). */
export function slashCommand(prefix: string, name: string): string {
  return `/${prefixedName(prefix, name)}`;
}
