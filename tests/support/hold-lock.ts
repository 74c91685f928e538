import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { ROOT, TS_LOADER } from './run-cli.ts';

/** Another process holding DATA_DIR's database locked: resolves once the lock is held. */
export interface LockHolder {
  /** Resolves when the holder has let go and exited, with its exit code. */
  readonly released: Promise<number | null>;
  /** Ends the holder now (the lock goes with it). */
  stop(): void;
}

/** Starts tests/support/lock-holder.ts on `dataDir` for `ms`; resolves when it holds the lock. */
export async function holdLock(dataDir: string, ms: number): Promise<LockHolder> {
  const child = spawn(
    process.execPath,
    ['--import', TS_LOADER, path.join(ROOT, 'tests/support/lock-holder.ts'), dataDir, String(ms)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const released = once(child, 'exit').then(([code]) => code as number | null);
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve();
    });
    child.once('exit', () => reject(new Error('the lock holder exited before taking the lock')));
  });
  return { released, stop: () => child.kill('SIGKILL') };
}
