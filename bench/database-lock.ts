import { spawn, type ChildProcess } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { LOCKED, RELEASED } from './lock-holder.ts';

const ROOT = path.join(import.meta.dirname, '..');
const HOLDER = path.join(import.meta.dirname, 'lock-holder.ts');

/** Another process holding the database: resolved once it holds every file. */
export interface HeldLock {
  /** The SQLite files it holds. */
  readonly files: readonly string[];
  /** Settles when the holder has exited: true when it released the lock as planned. */
  readonly released: Promise<boolean>;
  /** Ends the holder if it still runs (its exit releases the lock). */
  stop(): void;
}

/**
 * The SQLite files under `dataDir`, found by looking rather than by the store's own file name, so that the
 * bench and the tests that lock the database keep working when the store layer names or splits its files.
 */
export async function sqliteFiles(dataDir: string): Promise<string[]> {
  const names = await readdir(dataDir);
  return names.filter((n) => /\.(sqlite3?|db)$/.test(n)).map((n) => path.join(dataDir, n));
}

/**
 * Starts bench/lock-holder.ts on every SQLite file under `dataDir` for `holdMs`, and resolves once it says
 * the lock is held; rejects (and ends the child) if it has not within `startTimeoutMs`.
 */
export async function holdDatabaseLock(dataDir: string, holdMs: number, startTimeoutMs = 15_000): Promise<HeldLock> {
  const files = await sqliteFiles(dataDir);
  if (files.length === 0) throw new Error(`no SQLite file under ${dataDir}: nothing to lock`);
  const child = spawn(process.execPath, ['--import', './scripts/ts-loader.mjs', HOLDER, String(holdMs), ...files], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const released = new Promise<boolean>((resolve) => {
    child.on('exit', (code) => resolve(code === 0 && output.includes(RELEASED)));
    child.on('error', () => resolve(false));
  });
  const stop = () => endChild(child);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`lock holder not locked after ${startTimeoutMs} ms`)),
        startTimeoutMs,
      );
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(LOCKED)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      void released.then(() => {
        clearTimeout(timer);
        reject(new Error(`lock holder exited before locking: ${output.trim()}`));
      });
    });
  } catch (error) {
    stop();
    throw error;
  }
  return { files, released, stop };
}

/** Ends this one child (by its own handle, never by name) if it has not exited. */
function endChild(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
