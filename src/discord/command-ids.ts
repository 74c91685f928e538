import { Routes, type REST } from 'discord.js';
import { z } from 'zod';

/** Only what a clickable command mention needs from Discord's list of registered commands. */
const registered = z.array(z.object({ id: z.string(), name: z.string() }));

/**
 * Fills `into` with the registered commands' ids by name (global ones, then the test guild's,
 * which win), so that /help can show clickable command mentions (`</ask:id>`).
 */
export async function fetchCommandIds(
  rest: REST,
  applicationId: string,
  guildId: string | undefined,
  into: Map<string, string>,
): Promise<void> {
  const routes = [
    Routes.applicationCommands(applicationId),
    ...(guildId ? [Routes.applicationGuildCommands(applicationId, guildId)] : []),
  ];
  for (const route of routes) {
    for (const command of registered.parse(await rest.get(route))) into.set(command.name, command.id);
  }
}
