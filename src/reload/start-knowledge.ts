import { existsSync } from 'node:fs';
import path from 'node:path';
import { problemCount } from '../knowledge/problem-list.ts';
import { problemList } from '../knowledge/summary.ts';
import type { Problem } from '../knowledge/types.ts';
import { loadPrepared } from './knowledge-cache.ts';
import type { LoadedKnowledge } from './knowledge-store.ts';
import type { LastGood } from './last-good.ts';
import type { LastGoodNotice } from './reload-report.ts';

/**
 * What a start answers from: the files on disk, or the last good copy when they have problems
 * (with those problems, to log), or why it cannot start.
 */
export type StartKnowledge =
  | { readonly ok: true; readonly loaded: LoadedKnowledge; readonly lastGood?: undefined }
  | {
      readonly ok: true;
      readonly loaded: LoadedKnowledge;
      readonly lastGood: LastGoodNotice;
      readonly problems: readonly Problem[];
    }
  | { readonly ok: false; readonly message: string };

/** How a start treats files with problems. */
export interface StartOptions {
  /** Where the last good copy is kept (DATA_DIR); none: files with problems stop the start. */
  readonly lastGood?: LastGood | undefined;
  /** KNOWLEDGE_STRICT: refuse to start on anything but the files on disk. */
  readonly strict?: boolean;
}

/**
 * Loads the knowledge base at start. A load without problems is kept as the last good copy; a
 * restart after a crash or a reboot with a broken file on disk then starts on that copy rather
 * than not at all, since /reload can only protect a bot that is running.
 */
export async function loadAtStart(dir: string, options: StartOptions = {}): Promise<StartKnowledge> {
  const { lastGood } = options;
  // The start-up cache holds no file texts: with no last good copy yet (a new DATA_DIR), load in
  // full so that one is kept.
  const prepared = lastGood && !existsSync(lastGood.file) ? await loadPrepared(dir, false) : await loadPrepared(dir);
  if (prepared.ok) {
    // Taken from the start-up cache, the files are those a full load already kept.
    if (prepared.files && lastGood) await lastGood.save(prepared.files, dir);
    return { ok: true, loaded: prepared.loaded };
  }
  const listed = problemList(dir, prepared.problems);
  if (options.strict)
    return {
      ok: false,
      message: `${listed}\nKNOWLEDGE_STRICT is on, so the bot does not start on its last good copy.`,
    };
  const copy = await lastGood?.read();
  if (!lastGood || !copy) {
    const where = lastGood ? ` (none in ${path.relative(process.cwd(), lastGood.dataDir) || '.'})` : '';
    return {
      ok: false,
      message: `${listed}\nThere is no last good copy to start on${where}: fix the files and start again.`,
    };
  }
  // A copy of another knowledge directory (KNOWLEDGE_DIR changed) is not this one's last good state.
  if (copy.from !== path.resolve(dir)) {
    return {
      ok: false,
      message:
        `${listed}\nThe last good copy is of another knowledge directory (${copy.from}), so the bot does not ` +
        `start on it: fix the files and start again.`,
    };
  }
  const unpacked = await lastGood.unpack(copy);
  try {
    const fallback = await loadPrepared(unpacked.dir, false);
    if (!fallback.ok)
      return {
        ok: false,
        message:
          `${listed}\nThe last good copy (saved ${copy.savedAt}) does not load in this version either: fix the ` +
          `files and start again.`,
      };
    return {
      ok: true,
      loaded: fallback.loaded,
      lastGood: { savedAt: copy.savedAt, problems: problemCount(prepared.problems) },
      problems: prepared.problems,
    };
  } finally {
    await unpacked.dispose();
  }
}

/** What an operator reads when a start fell back: the problems, and what runs meanwhile. */
export function startedOnLastGoodMessage(dir: string, problems: readonly Problem[], savedAt: string): string {
  return (
    `${problemList(dir, problems)}\nStarted on the last good copy of the knowledge base, saved ${savedAt}. Fix ` +
    `the files, then /reload (or set KNOWLEDGE_STRICT=true to refuse to start instead).`
  );
}
