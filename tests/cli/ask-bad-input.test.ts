import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { runScript } from '../support/run-cli.ts';

const ASK = 'src/cli/ask.ts';

describe('npm run ask', () => {
  describe('bad input: a clear message and exit code, never a stack trace', () => {
    const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

    it('an empty question', async () => {
      const run = await runScript(ASK, ['   ']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^the question is empty\nusage: /);
      noStack(run.stderr);
    });

    it('an unreadable batch file', async () => {
      const run = await runScript(ASK, ['--batch', '/no/such/file.txt']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^cannot read the batch file \/no\/such\/file\.txt \(ENOENT\)/);
      noStack(run.stderr);
    });

    it('an unknown flag', async () => {
      const run = await runScript(ASK, ['--jsn', 'x']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Unknown option '--jsn'/);
    });

    let broken: KnowledgeCopy;
    beforeAll(async () => {
      broken = await copyKnowledge();
    });
    afterAll(() => broken.dispose());

    it('a knowledge directory with problems lists them, as kb:check does', async () => {
      await broken.edit(
        'arguments/02-colonial-paradigm.yaml',
        'related: [colonial-framing-scholarship, armenians-as-settlers]',
        'related: [nope]',
      );
      const run = await runScript(ASK, ['--knowledge', broken.dir, 'was karabakh a colony?']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /has 1 problem\(s\)[\s\S]*arguments\/02-colonial-paradigm\.yaml:\d+:\d+ {2}related id "nope" is not an entry/,
      );
      noStack(run.stderr);
    });
  });
});
