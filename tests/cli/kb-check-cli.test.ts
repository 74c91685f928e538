import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { copyKnowledge, lineOf, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { runScript } from '../support/run-cli.ts';

const CHECK = 'src/cli/kb-check.ts';
const reportSchema = z.object({
  sources: z.number(),
  sections: z.number(),
  paragraphs: z.number(),
  entries: z.number(),
  uncited: z.array(z.object({ source: z.string(), section: z.number(), paragraph: z.number() })),
  errors: z.array(z.object({ file: z.string(), line: z.number(), column: z.number(), message: z.string() })),
});

describe('npm run kb:check', () => {
  it('prints the summary of the bundled knowledge base and exits 0', async () => {
    const run = await runScript(CHECK);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /1 source, 8 sections, 37 paragraphs, \d+ entries\n {2}paragraphs no entry cites: none\n {2}problems: none/,
    );
  });

  let kb: KnowledgeCopy;
  beforeAll(async () => {
    kb = await copyKnowledge();
  });
  afterAll(() => kb.dispose());

  it('--json gives the counts, the uncited paragraphs and every problem, and exits 1', async () => {
    await kb.edit(
      'arguments/08-conclusion.yaml',
      '  paragraphs: [1]\n  topic: What would',
      '  paragraphs: [2]\n  topic: What would',
    );
    await kb.remove('arguments/07-perpetuating-violations.yaml');
    const run = await runScript(CHECK, ['--json', '--knowledge', kb.dir]);
    expect(run.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(run.stdout));
    expect(report).toMatchObject({ sources: 1, sections: 8, paragraphs: 37 });
    expect(report.uncited).toEqual([
      { source: 'avim-2020-33', section: 7, paragraph: 1 },
      { source: 'avim-2020-33', section: 7, paragraph: 2 },
      { source: 'avim-2020-33', section: 7, paragraph: 3 },
    ]);
    const text = await kb.read('arguments/08-conclusion.yaml');
    expect(report.errors).toContainEqual({
      file: 'arguments/08-conclusion.yaml',
      line: lineOf(text, 'paragraphs: [2]'),
      column: 16,
      message: 'unknown paragraph ¶2 in §8 (it has ¶1–¶1)',
    });
    const human = await runScript(CHECK, ['--knowledge', kb.dir]);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain(
      'paragraphs no entry cites: avim-2020-33 §7 ¶1, avim-2020-33 §7 ¶2, avim-2020-33 §7 ¶3',
    );
    // Outside the working directory: named in full, to open from anywhere.
    expect(human.stdout).toContain(
      `\n    ${kb.dir}/arguments/08-conclusion.yaml:${lineOf(text, 'paragraphs: [2]')}:16  unknown paragraph ¶2 in §8`,
    );
    // Inside it: relative to it, as typed.
    const near = await runScript(CHECK, ['--knowledge', path.basename(kb.dir)], { cwd: path.dirname(kb.dir) });
    expect(near.code).toBe(1);
    expect(near.stdout).toContain(
      `\n    ${path.basename(kb.dir)}/arguments/08-conclusion.yaml:${lineOf(text, 'paragraphs: [2]')}:16  ` +
        `unknown paragraph ¶2 in §8`,
    );
    expect(near.stdout).not.toContain(kb.dir);
  });
});
