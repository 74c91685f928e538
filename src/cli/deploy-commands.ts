import { DiscordAPIError, REST, Routes } from 'discord.js';
import { commands, messageCommands } from '../../commands/index.ts';
import { configOrExit } from '../config/env.ts';
import { loadKnowledge } from '../knowledge/load-knowledge.ts';
import { problemList } from '../knowledge/summary.ts';
import { redact } from '../config/redact.ts';
import { withoutControls } from '../replies/echo.ts';
import { fitText } from '../replies/view.ts';
import { runCli } from './cli-support.ts';

// `npm run deploy-commands`: registers every command in one bulk overwrite, from the same
// definitions the bot routes, globally or in DISCORD_GUILD_ID (instant, for testing).
await runCli('usage: npm run deploy-commands   (reads DISCORD_TOKEN, DISCORD_CLIENT_ID, DISCORD_GUILD_ID)', async () => {
  const config = configOrExit(['token', 'clientId']);
  const loaded = await loadKnowledge(config.KNOWLEDGE_DIR);
  if (!loaded.ok) {
    console.error(problemList(config.KNOWLEDGE_DIR, loaded.problems));
    return 1;
  }
  const body = [...commands.map((c) => c.definition(loaded.knowledge)), ...messageCommands.map((c) => c.definition())];
  const rest = new REST(config.DISCORD_REST_API ? { api: config.DISCORD_REST_API } : {}).setToken(config.DISCORD_TOKEN ?? '');
  const clientId = config.DISCORD_CLIENT_ID ?? '';
  const route = config.DISCORD_GUILD_ID ? Routes.applicationGuildCommands(clientId, config.DISCORD_GUILD_ID) : Routes.applicationCommands(clientId);
  try {
    await rest.put(route, { body });
  } catch (error) {
    const raw = error instanceof DiscordAPIError ? `${error.status} ${error.message} (code ${error.code})` : error instanceof Error ? error.message : String(error);
    // Discord's words, but never the token (an endpoint may echo it), nor anything that drives a terminal.
    const detail = fitText(withoutControls(redact(raw, [config.DISCORD_TOKEN])).replace(/\s+/g, ' '), 300);
    console.error(`Discord refused the commands: ${detail}. Check DISCORD_TOKEN and DISCORD_CLIENT_ID.`);
    return 1;
  }
  const where = config.DISCORD_GUILD_ID ? `in guild ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)';
  const named = body.map((c) => ('type' in c && c.type === 3 ? `“${c.name}” (message menu)` : `/${c.name}`));
  console.log(`Registered ${body.length} commands ${where}: ${named.join(', ')}`);
  return 0;
});
