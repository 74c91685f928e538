import type { Logger } from 'pino';

/** Longest a shutdown may take before the process leaves anyway: under a supervisor's usual 10 s. */
const HARD_DEADLINE_MS = 9_000;

/**
 * Stops cleanly on SIGTERM or SIGINT: runs `steps` in order (each failure logged, the next run
 * anyway) and exits 0, whatever state the database is in: writes still queued get the services'
 * own deadline, and what they could not write is logged and counted there. Should a step hang,
 * the process still exits 0 at HARD_DEADLINE_MS; a second signal exits at once.
 */
export function exitCleanlyOnSignals(logger: Logger, steps: readonly (() => Promise<unknown>)[]): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: leaving now');
      process.exit(0);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.warn({ ms: HARD_DEADLINE_MS }, 'shutdown took too long: leaving now');
      process.exit(0);
    }, HARD_DEADLINE_MS).unref();
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        logger.warn({ err: error }, 'a shutdown step failed; going on');
      }
    }
    logger.info({}, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
