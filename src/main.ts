import pino from 'pino';
import { configOrExit, loadDotEnv } from './config/env.ts';
import { runConsole } from './console/console.ts';
import { startBot } from './discord/bot.ts';
import { loadKnowledge } from './knowledge/load-knowledge.ts';
import { problemList } from './knowledge/summary.ts';
import { createLogger } from './log.ts';
import { prepare, KnowledgeStore } from './reload/knowledge-store.ts';
import { logReload, watchDirectory } from './reload/watch.ts';
import { Reloader } from './reload/reloader.ts';

// `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the local console.
loadDotEnv();
const config = configOrExit();
const consoleMode = !config.DISCORD_TOKEN;
// In the console, answers own standard output; logs go to standard error.
const logger = createLogger(config.LOG_LEVEL, config.DISCORD_TOKEN, consoleMode ? pino.destination(2) : undefined);
const loaded = await loadKnowledge(config.KNOWLEDGE_DIR);
if (!loaded.ok) {
  console.error(problemList(config.KNOWLEDGE_DIR, loaded.problems));
  process.exit(1);
}
const store = new KnowledgeStore(prepare(loaded.knowledge));
const reloader = new Reloader(store, config.KNOWLEDGE_DIR);
// Under the ShardingManager the manager watches, so that each change reloads each shard once.
const unwatch = config.KNOWLEDGE_WATCH && process.env.SHARDING_MANAGER !== 'true'
  ? watchDirectory(config.KNOWLEDGE_DIR, async () => logReload(logger, await reloader.reload()))
  : () => {};

if (consoleMode) {
  await runConsole(store, reloader);
  unwatch();
} else {
  try {
    const { stop } = await startBot(store, reloader, config, logger);
    const shutdown = async (signal: string) => {
      logger.info({ signal }, 'shutting down');
      unwatch();
      await stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    logger.fatal({ err: error }, 'could not connect to Discord');
    unwatch();
    process.exitCode = 1;
  }
}
