import path from 'node:path';
import { REST, Routes, ShardingManager } from 'discord.js';
import { z } from 'zod';
import { configOrExit, loadDotEnv } from './config/env.ts';
import { BOT_NODE_FLAGS } from './config/node-flags.ts';
import { EXIT_GATEWAY_REFUSED, loginFailureMessage } from './discord/gateway-events.ts';
import { parseShardReports, reloadOnShard } from './discord/shard-reload.ts';
import { createLogger } from './log.ts';
import { logShardReloads } from './reload/reload-log.ts';
import { watchDirectory } from './reload/watch.ts';

// `npm run start:sharded`: the bot under discord.js's ShardingManager, TOTAL_SHARDS shards or "auto".
loadDotEnv();
const config = configOrExit(['token']);
const logger = createLogger(config.LOG_LEVEL, config.DISCORD_TOKEN);
// "auto" asks Discord for its recommended count here, through DISCORD_REST_API if set (discord.js
// would ask discord.com directly), so that a rejected token is reported like any other.
let totalShards: number;
try {
  totalShards = config.TOTAL_SHARDS === 'auto' ? await recommendedShards(config) : config.TOTAL_SHARDS;
} catch (error) {
  const message = loginFailureMessage(error);
  logger.fatal(message);
  console.error(message);
  process.exit(1);
}
// Each shard runs main: compiled beside this file in dist/, or from the sources through the
// TypeScript loader (scripts/ts-loader.mjs).
const compiled = import.meta.url.endsWith('.js');
const fromSources = compiled ? [] : ['--import', new URL('../scripts/ts-loader.mjs', import.meta.url).href];
// SHARD_IDS: this host runs only these shards of TOTAL_SHARDS; the other hosts run the rest.
const manager = new ShardingManager(path.join(import.meta.dirname, compiled ? 'main.js' : '../bin/main.ts'), {
  token: config.DISCORD_TOKEN,
  totalShards,
  shardList: config.SHARD_IDS ? [...config.SHARD_IDS] : 'auto',
  execArgv: [...BOT_NODE_FLAGS, ...fromSources],
});
logger.info({ totalShards, shards: config.SHARD_IDS ?? 'all' }, 'starting shards');
const giveUp = (message: string, shards: Iterable<{ kill(): void }>): never => {
  logger.fatal(message);
  console.error(message);
  for (const shard of shards) shard.kill();
  process.exit(1);
};
manager.on('shardCreate', (shard) => {
  logger.info({ shard: shard.id }, 'shard launched');
  shard.on('death', (child) => {
    const code = 'exitCode' in child ? child.exitCode : null;
    logger.warn({ shard: shard.id, code }, 'shard process exited');
    // Shut out by Discord (its own log says why): respawning it would only loop.
    if (code === EXIT_GATEWAY_REFUSED)
      giveUp(
        `shard ${shard.id} was refused by Discord; stopping all shards (see the shard's log line above for ` +
          `what to fix)`,
        manager.shards.values(),
      );
  });
  shard.on('reconnecting', () => logger.warn({ shard: shard.id }, 'shard reconnecting'));
  shard.on('disconnect', () => logger.warn({ shard: shard.id }, 'shard disconnected'));
});
try {
  await manager.spawn();
} catch (error) {
  // A rejected token, a shard that died or timed out before it was ready: say so plainly.
  const name = error instanceof Error ? error.name : '';
  const ready = /ShardingReady(Disconnected|Died|Timeout)/.test(
    `${name} ${error instanceof Error && 'code' in error ? String(error.code) : ''}`,
  );
  giveUp(
    ready
      ? `a shard could not get ready (${error instanceof Error ? error.message : String(error)}); check the ` +
          `token and intents, and the shard logs above`
      : loginFailureMessage(error),
    manager.shards.values(),
  );
}
if (config.KNOWLEDGE_WATCH) {
  // One watcher for all shards: each change reloads each shard exactly once.
  const request = { origin: { via: 'watch' }, guard: { maxRemovedShare: config.KNOWLEDGE_WATCH_MAX_REMOVED } } as const;
  watchDirectory(config.KNOWLEDGE_DIR, async () =>
    logShardReloads(logger, parseShardReports(await manager.broadcastEval(reloadOnShard, { context: request }))),
  );
}

/** Discord's recommended number of shards for this bot (GET /gateway/bot). */
async function recommendedShards(settings: typeof config): Promise<number> {
  const rest = new REST(settings.DISCORD_REST_API ? { api: settings.DISCORD_REST_API } : {}).setToken(
    settings.DISCORD_TOKEN ?? '',
  );
  return z.object({ shards: z.number().int().min(1) }).parse(await rest.get(Routes.gatewayBot())).shards;
}
