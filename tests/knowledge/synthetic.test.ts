import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticKnowledge } from '../../scripts/synthetic-kb.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { summarize } from '../../src/knowledge/summary.ts';

describe('the synthetic knowledge base generator (for benchmarks)', () => {
  it('writes the requested number of entries over the requested sources, loading without problems', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-synthetic-'));
    try {
      await writeSyntheticKnowledge(dir, { entries: 300, sources: 4 });
      const result = await loadKnowledge(dir);
      expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
      const summary = summarize(result.ok ? result.knowledge : result.partial);
      expect(summary).toMatchObject({ sources: 4, sections: 32, entries: 300 });
      await writeSyntheticKnowledge(dir, { entries: 300, sources: 4 });
      const again = await loadKnowledge(dir);
      expect(again.ok && again.knowledge.entries.map((e) => e.claim)).toEqual(
        result.ok && result.knowledge.entries.map((e) => e.claim),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
