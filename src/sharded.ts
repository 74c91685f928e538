import path from 'node:path';
import { ShardingManager } from 'discord.js';
import { configOrExit, loadDotEnv } from './config/env.ts';
import { parseShardReports, reloadOnShard } from './discord/shard-reload.ts';
import { createLogger } from './log.ts';
import { logShardReloads, watchDirectory } from './reload/watch.ts';

// `npm run start:sharded`: the bot under discord.js's ShardingManager, TOTAL_SHARDS shards or "auto".
loadDotEnv();
const config = configOrExit(['token']);
const logger = createLogger(config.LOG_LEVEL, config.DISCORD_TOKEN);
const manager = new ShardingManager(path.join(import.meta.dirname, 'main.ts'), {
  token: config.DISCORD_TOKEN,
  totalShards: config.TOTAL_SHARDS,
  execArgv: ['--import', 'tsx'],
});
manager.on('shardCreate', (shard) => logger.info({ shard: shard.id }, 'shard launched'));
await manager.spawn();
if (config.KNOWLEDGE_WATCH) {
  // One watcher for all shards: each change reloads each shard exactly once.
  watchDirectory(config.KNOWLEDGE_DIR, async () => logShardReloads(logger, parseShardReports(await manager.broadcastEval(reloadOnShard))));
}
