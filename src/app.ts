import pino from 'pino';
import { configOrExit, loadDotEnv } from './config/env.ts';
import { runConsole } from './console/console.ts';
import { openServices } from './insights/open-services.ts';
import { knowledgeVersion, reloadEvent } from './insights/reload-event.ts';
import { problemCount } from './knowledge/problem-list.ts';
import { createLogger, databaseSecrets } from './log.ts';
import { exitCleanlyOnSignals } from './runtime/shutdown.ts';
import { KnowledgeStore } from './reload/knowledge-store.ts';
import { LastGood } from './reload/last-good.ts';
import { loadAtStart, startedOnLastGoodMessage } from './reload/start-knowledge.ts';
import { logReload } from './reload/reload-log.ts';
import { watchDirectory } from './reload/watch.ts';
import { Reloader } from './reload/reloader.ts';
import { stopLoadingWorker } from './reload/reloader-options.ts';
import type { KnowledgeSync } from './reload/knowledge-sync.ts';
import { openKnowledgeSync } from './reload/open-sync.ts';
import { meaningAttacher } from './reload/semantic-attach.ts';
import { closeSharedEngine, describeStatus, sharedSemanticEngine } from './semantic/shared-engine.ts';
import type { CommandSet } from './discord/router.ts';

/**
 * `npm start` (through bin/main.ts): the Discord bot when DISCORD_TOKEN is set, otherwise the local
 * console. The commands come from the entry point, loaded only for the bot: the console never loads
 * discord.js, and nothing in src/ names commands/.
 */
export async function startApp(loadCommands: () => Promise<CommandSet>): Promise<void> {
  loadDotEnv();
  const config = configOrExit();
  const consoleMode = !config.DISCORD_TOKEN;
  // In the console, answers own standard output; logs go to standard error.
  const secrets = [config.DISCORD_TOKEN, ...databaseSecrets(config.DATABASE_URL)];
  const logger = createLogger(config.LOG_LEVEL, secrets, consoleMode ? pino.destination(2) : undefined);
  const lastGood = new LastGood(config.DATA_DIR);
  const loaded = await loadAtStart(config.KNOWLEDGE_DIR, { lastGood, strict: config.KNOWLEDGE_STRICT });
  if (!loaded.ok) {
    console.error(loaded.message);
    process.exit(1);
  }
  // Questions are read by words and meaning when the model is there (MATCHER=hybrid, the default).
  const engine = sharedSemanticEngine({
    matcher: config.MATCHER,
    modelDir: config.MODEL_DIR,
    threads: config.EMBED_THREADS,
  });
  const withMeaning = meaningAttacher(engine, logger);
  const store = new KnowledgeStore(await withMeaning(loaded.loaded));
  let sync: KnowledgeSync | undefined;
  const semanticStatus = engine ? describeStatus(engine.status) : describeStatus(undefined);
  if (store.current.matcher.mode === 'hybrid') logger.info({ matcher: semanticStatus }, 'matcher: hybrid');
  else logger.warn({ matcher: semanticStatus }, 'matcher: lexical only');
  // Settings are the Discord bot's (/settings): the console opens the database only for insights.
  const services = await openServices(config, logger, { settings: !consoleMode });
  const { audit, stop: stopServices } = services;
  const {
    digests,
    summary: { entries },
  } = store.current;
  audit.recordVersion({ at: Date.now(), hash: knowledgeVersion(digests), entries });
  // Every reload, whoever asked, is logged and kept in the audit trail; each applied one is the new last good copy.
  const reloader = new Reloader(store, config.KNOWLEDGE_DIR, {
    lastGood,
    prepare: withMeaning,
    onReport: (report, origin) => {
      logReload(logger, report, origin);
      audit.recordReload(reloadEvent(report, origin));
    },
  });
  if (loaded.lastGood) {
    reloader.startedOnLastGood(loaded.lastGood);
    logger.error(
      {
        problems: loaded.problems.slice(0, 20),
        count: problemCount(loaded.problems),
        savedAt: loaded.lastGood.savedAt,
      },
      'the knowledge files have problems: started on the last good copy',
    );
    console.error(`${startedOnLastGoodMessage(config.KNOWLEDGE_DIR, loaded.problems, loaded.lastGood.savedAt)}`);
  }
  // Under the ShardingManager the manager watches, so that each change reloads each shard once.
  const guard = { maxRemovedShare: config.KNOWLEDGE_WATCH_MAX_REMOVED };
  const unwatch =
    config.KNOWLEDGE_WATCH && process.env.SHARDING_MANAGER !== 'true'
      ? watchDirectory(config.KNOWLEDGE_DIR, async () => {
          // Shared with the other hosts too, when they share a database, as a /reload would be.
          await (sync ? sync.reload({ via: 'watch' }, guard) : reloader.reload({ via: 'watch' }, guard));
        })
      : () => {};

  if (consoleMode) {
    await runConsole(store, reloader);
    unwatch();
    await stopServices();
    await stopLoadingWorker();
    await closeSharedEngine();
  } else {
    // discord.js is loaded only here: the console never needs it.
    const { startBot } = await import('./discord/bot.ts');
    const { EXIT_GATEWAY_REFUSED, loginFailureMessage, unrecoverableMessage } =
      await import('./discord/gateway-events.ts');
    let stop: () => Promise<void> = async () => {};
    // Discord closed the gateway for good (reset token, refused intent): log why, and exit non-zero
    // so that a supervisor notices; staying up connected to nothing helps no one.
    const giveUp = (code: number) => {
      console.error(unrecoverableMessage(code));
      unwatch();
      void stop().finally(() => process.exit(EXIT_GATEWAY_REFUSED));
    };
    try {
      // Hosts sharing DATABASE_URL serve one knowledge version: this one catches up before it answers.
      sync = await openKnowledgeSync(config, reloader, lastGood, logger);
      ({ stop } = await startBot(store, reloader, config, logger, giveUp, { ...services, sync }, await loadCommands()));
      exitCleanlyOnSignals(logger, [
        async () => unwatch(),
        () => stop(),
        () => stopServices(),
        // After the writes: leaving the hosts' count waits at most 1 s for a database that may be down.
        async () => sync?.stop(),
        () => stopLoadingWorker(),
        () => closeSharedEngine(),
      ]);
    } catch (error) {
      const message = loginFailureMessage(error);
      // What to do, not a stack trace: a refused token is a configuration problem, not a bug.
      logger.fatal(
        { code: typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined },
        message,
      );
      console.error(message);
      unwatch();
      await stopLoadingWorker();
      await closeSharedEngine();
      // The half-started client may hold sockets open: leave now.
      process.exit(1);
    }
  }
}
