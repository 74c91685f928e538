// Watch mode: a reload after the knowledge files have changed and settled, across the directory's replacement.
import { statSync, watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long after the last change a reload starts: editors write a file several times when saving. */
export const WATCH_DEBOUNCE_MS = 400;
/** How often the watcher checks that the directory it watches is still the one at the path. */
export const WATCH_CHECK_MS = 1_000;
/**
 * A reload waits until the files have not changed for this many debounce periods: a writer slower
 * than the debounce (a deploy copying many files, a script appending) is not read half-way.
 */
const STABLE_DEBOUNCES = 2;
/** Most stability checks before a reload goes ahead anyway (a file written to for ever). */
const MAX_STABILITY_CHECKS = 20;

/**
 * Calls `onChange` once after a burst of changes anywhere under `dir`, once the files have stopped
 * changing (their sizes and times unchanged over STABLE_DEBOUNCES debounce periods: a
 * half-written file is not read). Changes during a running `onChange` lead to one more call after it. Survives the
 * directory being replaced (renamed or deleted and created again, as `git checkout` and deploy
 * tools do): the path is checked every WATCH_CHECK_MS and watched afresh, with a reload. Returns a
 * function that stops watching.
 */
export function watchDirectory(dir: string, onChange: () => Promise<void>, debounceMs = WATCH_DEBOUNCE_MS): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  const fire = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await settled(dir, debounceMs * STABLE_DEBOUNCES, () => stopped);
      if (!stopped) await onChange();
    } finally {
      running = false;
    }
    if (again && !stopped) {
      again = false;
      void fire();
    }
  };
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void fire(), debounceMs);
  };
  let watcher: FSWatcher | undefined;
  let watched: number | undefined;
  const rewatch = () => {
    watcher?.close();
    watcher = undefined;
    watched = identity(dir);
    if (watched === undefined) return;
    try {
      watcher = watch(dir, { recursive: true }, changed);
      // The directory went away under the watcher: the next check finds what replaced it.
      watcher.on('error', () => {
        watcher?.close();
        watcher = undefined;
        watched = undefined;
      });
    } catch {
      watched = undefined;
    }
  };
  rewatch();
  const check = setInterval(
    () => {
      const now = identity(dir);
      if (now !== watched) {
        rewatch();
        if (now !== undefined) changed();
      }
    },
    Math.max(50, Math.min(WATCH_CHECK_MS, debounceMs * 2)),
  );
  check.unref();
  return () => {
    stopped = true;
    clearTimeout(timer);
    clearInterval(check);
    watcher?.close();
  };
}

/** The inode of the directory at `dir`, or undefined when there is none. */
function identity(dir: string): number | undefined {
  try {
    const stats = statSync(dir);
    return stats.isDirectory() ? stats.ino : undefined;
  } catch {
    return undefined;
  }
}

/** Every file under `dir` with its size and modification time: what "still changing" compares. */
async function fingerprint(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const parts = await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const file = path.join(e.parentPath, e.name);
        const s = await stat(file).catch(() => undefined);
        return `${file}:${s?.size ?? -1}:${s?.mtimeMs ?? -1}`;
      }),
  );
  return parts.sort().join('\n');
}

/** Waits until the files under `dir` look the same twice `waitMs` apart. */
async function settled(dir: string, waitMs: number, stopped: () => boolean): Promise<void> {
  let before = await fingerprint(dir);
  for (let i = 0; i < MAX_STABILITY_CHECKS && !stopped(); i++) {
    await sleep(waitMs);
    const now = await fingerprint(dir);
    if (now === before) return;
    before = now;
  }
}
