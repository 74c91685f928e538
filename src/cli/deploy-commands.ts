import { parseArgs } from 'node:util';
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { configOrExit } from '../config/env.ts';
import { registrations } from '../discord/command-rules.ts';
import type { CommandSet } from '../discord/router.ts';
import { loadKnowledge } from '../knowledge/load-knowledge.ts';
import { problemList } from '../knowledge/summary.ts';
import { redact } from '../config/redact.ts';
import { withoutControls } from '../replies/echo.ts';
import { fitText } from '../replies/view.ts';
import { runCli } from './cli-support.ts';

// `npm run deploy-commands` (bin/deploy-commands.ts): registers every command in one bulk overwrite, from the
// same definitions the bot routes, globally or in DISCORD_GUILD_ID (instant, for testing). With
// --clear it registers none there: how a test server's copies are removed once the commands are
// global (a server with both shows each command twice).
export async function deployCommands({ commands, messageCommands }: CommandSet): Promise<void> {
  await runCli(
    'usage: npm run deploy-commands [-- --clear]   (reads DISCORD_TOKEN, DISCORD_CLIENT_ID, DISCORD_GUILD_ID)',
    async () => {
      const { values } = parseArgs({ options: { clear: { type: 'boolean', default: false } } });
      const config = configOrExit(['token', 'clientId']);
      const loaded = await loadKnowledge(config.KNOWLEDGE_DIR);
      if (!loaded.ok) {
        console.error(problemList(config.KNOWLEDGE_DIR, loaded.problems));
        return 1;
      }
      const body = values.clear
        ? []
        : registrations(loaded.knowledge, commands, messageCommands, config.COMMAND_PREFIX);
      const rest = new REST(config.DISCORD_REST_API ? { api: config.DISCORD_REST_API } : {}).setToken(
        config.DISCORD_TOKEN ?? '',
      );
      const clientId = config.DISCORD_CLIENT_ID ?? '';
      const route = config.DISCORD_GUILD_ID
        ? Routes.applicationGuildCommands(clientId, config.DISCORD_GUILD_ID)
        : Routes.applicationCommands(clientId);
      try {
        await rest.put(route, { body });
      } catch (error) {
        // Discord's words, but never the token (an endpoint may echo it), nor anything that drives a terminal.
        const clean = (text: string) =>
          fitText(withoutControls(redact(text, [config.DISCORD_TOKEN])).replace(/\s+/g, ' '), 300);
        if (!(error instanceof DiscordAPIError)) {
          const reason =
            error instanceof Error
              ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}`
              : String(error);
          console.error(
            `Could not reach Discord: ${clean(reason)}. Check the network` +
              `${config.DISCORD_REST_API ? ` and DISCORD_REST_API (${config.DISCORD_REST_API})` : ''}; ` +
              `nothing was registered.`,
          );
          return 1;
        }
        // "401: Unauthorized" already says its status; say it once.
        const said = error.message.startsWith(`${error.status}`) ? error.message : `${error.status} ${error.message}`;
        const hint =
          error.status === 401
            ? 'Check DISCORD_TOKEN (reset it in the Developer Portal if it leaked or changed).'
            : error.status === 403 || error.status === 404
              ? 'Check DISCORD_CLIENT_ID (the Application ID) and, if set, DISCORD_GUILD_ID (the bot must be in ' +
                'that server).'
              : 'Check DISCORD_TOKEN and DISCORD_CLIENT_ID.';
        console.error(`Discord refused the commands: ${clean(said)} (code ${error.code}). ${hint}`);
        return 1;
      }
      const where = config.DISCORD_GUILD_ID
        ? `in guild ${config.DISCORD_GUILD_ID}`
        : 'globally (may take up to an hour to appear)';
      if (values.clear) {
        const where = config.DISCORD_GUILD_ID
          ? `from guild ${config.DISCORD_GUILD_ID}`
          : 'registered globally (may take up to an hour to disappear)';
        console.log(`Removed every command ${where}.`);
        return 0;
      }
      const named = body.map((c) => ('type' in c && c.type === 3 ? `“${c.name}” (message menu)` : `/${c.name}`));
      console.log(`Registered ${body.length} commands ${where}: ${named.join(', ')}`);
      return 0;
    },
  );
}
