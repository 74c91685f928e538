// kb:check counts problems, not lines: past the loader's cap the last line stands for the problems
// left out, and a list of exactly N problems says N (it used to say one more for any capped list).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_PROBLEMS } from '../../src/knowledge/problem-list.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { runScript } from '../support/run-cli.ts';

const CHECK = 'src/cli/kb-check.ts';
const report = z.object({ problemCount: z.number(), errors: z.array(z.object({ message: z.string() })) });

/** An arguments file of exactly `n` entries, each a plain string: one problem apiece. */
const brokenEntries = (n: number) => Array.from({ length: n }, (_, i) => `- just a string ${i}\n`).join('');

let kb: KnowledgeCopy;
beforeEach(async () => {
  kb = await copyKnowledge();
});
afterEach(() => kb.dispose());

describe('kb:check counts exactly N problems as N', () => {
  it.each([MAX_PROBLEMS, 2_500])('%i problems', async (n) => {
    await kb.write('arguments/90-many.yaml', brokenEntries(n));
    const json = await runScript(CHECK, ['--json', '--knowledge', kb.dir], { timeoutMs: 30_000 });
    expect(json.code).toBe(1);
    const parsed = report.parse(JSON.parse(json.stdout));
    expect(parsed.problemCount).toBe(n);
    // The first MAX_PROBLEMS are listed; past them, one last line says how many more.
    expect(parsed.errors).toHaveLength(n > MAX_PROBLEMS ? MAX_PROBLEMS + 1 : n);
    if (n > MAX_PROBLEMS) {
      expect(parsed.errors.at(-1)?.message).toBe(
        `…and ${(n - MAX_PROBLEMS).toLocaleString('en-US')} more problems (fix the ones above first)`,
      );
    }
    const human = await runScript(CHECK, ['--knowledge', kb.dir], { timeoutMs: 30_000 });
    expect(human.stdout).toContain(`\n  ${n} problems:\n`);
  });
});
