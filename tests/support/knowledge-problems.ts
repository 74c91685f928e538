import { afterEach, beforeEach } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import type { Problem } from '../../src/knowledge/types.ts';
import { copyKnowledge, type KnowledgeCopy } from './knowledge-copy.ts';

/** Files of the bundled knowledge base that the bad-input tests break on purpose. */
export const INTRO = 'arguments/01-introduction.yaml';
export const COLONY = 'arguments/02-colonial-paradigm.yaml';
export const SOURCE = 'sources/avim-2020-33.md';

/** Loads the copy in `dir`; it must come back normally, not ok, with the rest of the entries intact. */
export async function problemsIn(dir: string): Promise<Problem[]> {
  const result = await loadKnowledge(dir);
  if (result.ok) throw new Error('expected problems, the copy loaded cleanly');
  return [...result.problems];
}

/**
 * Registers the file's hooks: a fresh copy of the bundled knowledge base before each test, deleted
 * after. `kb` is the test's copy to break; `problems()` loads it. Hooks stay the test file's own.
 */
export function knowledgeCopyPerTest(): { readonly kb: KnowledgeCopy; problems(): Promise<Problem[]> } {
  let copy: KnowledgeCopy | undefined;
  beforeEach(async () => {
    copy = await copyKnowledge();
  });
  afterEach(async () => {
    await copy?.dispose();
  });
  const kb = (): KnowledgeCopy => {
    if (!copy) throw new Error('knowledgeCopyPerTest: read inside a test, once the copy exists');
    return copy;
  };
  return {
    get kb() {
      return kb();
    },
    problems: () => problemsIn(kb().dir),
  };
}
