import { watch } from 'node:fs';

/** How long after the last change a reload starts: editors write a file several times when saving. */
export const WATCH_DEBOUNCE_MS = 400;

/**
 * Calls `onChange` once after a burst of changes anywhere under `dir`. Returns a function that
 * stops watching. Changes during a running `onChange` lead to one more call after it.
 */
export function watchDirectory(dir: string, onChange: () => Promise<void>, debounceMs = WATCH_DEBOUNCE_MS): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const fire = async () => {
    if (running) { again = true; return; }
    running = true;
    try { await onChange(); } finally { running = false; }
    if (again) { again = false; void fire(); }
  };
  const watcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void fire(), debounceMs);
  });
  return () => { clearTimeout(timer); watcher.close(); };
}
