import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import type { Problem } from '../../src/knowledge/types.ts';

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
