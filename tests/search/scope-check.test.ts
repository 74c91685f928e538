import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { copyKnowledge } from '../support/knowledge-copy.ts';

// What kb:check says of scope.yaml terms that would match nothing, send away what the article
// answers, or repeat another term; the shipped file passes all of it (every suite loads it).
describe('kb:check on knowledge/scope.yaml', () => {
  it('kb:check points at a "since" that is not a year', async () => {
    const copy = await copyKnowledge();
    try {
      await copy.edit('scope.yaml', 'terms: [kosovo,', 'since: soon\n  terms: [kosovo,');
      const loaded = await loadKnowledge(copy.dir);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok)
        expect(loaded.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
          expect.stringMatching(/^scope\.yaml:\d+:\d+ .*must be a year, like 2022/),
        ]);
    } finally {
      await copy.dispose();
    }
  });

  it('kb:check refuses a term that would send away questions the article answers', async () => {
    expect(await problemsWithTerms('occupation, the,')).toEqual([
      expect.stringMatching(/^scope\.yaml:\d+ term "occupation" is a word the sources or entries use/),
      expect.stringMatching(/^scope\.yaml:\d+ term "the" has no word that names the topic/),
    ]);
  });

  it("kb:check refuses a phrase that names an entry's example question", async () => {
    expect(await problemsWithTerms('secession law,')).toEqual([
      expect.stringMatching(
        new RegExp(
          /^scope\.yaml:\d+ term "secession law" names the example question ".*secession.*law.*", which /.source +
            /the article answers: make it more specific$/.source,
        ),
      ),
    ]);
  });

  it('kb:check refuses a term that reads the same as another of its topic, and the shipped file has none', async () => {
    // "icj opinion" is a term of the Kosovo topic; the added term goes before it, so it is the
    // later one that is refused: a plural and "the" change nothing.
    expect(await problemsWithTerms('the ICJ opinions,')).toEqual([
      expect.stringMatching(
        new RegExp(
          /^scope\.yaml:\d+ term "icj opinion" reads the same as "the ICJ opinions" in this topic \(both /.source +
            /match "icj opinion" once stop words and word endings are dropped\): remove one$/.source,
        ),
      ),
    ]);
    expect(await problemsWithTerms('kosovo war,')).toEqual([]);
  });
});

/** The problems kb:check reports, as "file:line message", once `added` joins the Kosovo topic's terms. */
async function problemsWithTerms(added: string): Promise<string[]> {
  const copy = await copyKnowledge();
  try {
    await copy.edit('scope.yaml', 'terms: [kosovo,', `terms: [kosovo, ${added}`);
    const loaded = await loadKnowledge(copy.dir);
    return loaded.ok ? [] : loaded.problems.map((p) => `${p.file}:${p.line} ${p.message}`);
  } finally {
    await copy.dispose();
  }
}
