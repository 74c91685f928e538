import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerSchema } from '../support/ask-json-schema.ts';
import { runScript } from '../support/run-cli.ts';

const ASK = 'src/cli/ask.ts';

describe('npm run ask', () => {
  it('--batch reads a file, one line per question, in order; JSON Lines with --json', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-batch-'));
    const file = path.join(dir, 'questions.txt');
    await writeFile(file, 'was karabakh a colony?\n\nhello\nthe Minsk group failed so secession is the only option\n');
    const text = await runScript(ASK, ['--batch', file]);
    expect(text.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^was karabakh a colony\?\t=> karabakh-not-a-colony /),
      'hello\t=> chat: -',
      expect.stringMatching(/^the Minsk group failed so secession is the only option\t=> minsk-group-ineffective /),
    ]);
    const json = await runScript(ASK, ['--batch', file, '--json']);
    const lines = json.stdout
      .trim()
      .split('\n')
      .map((l) => answerSchema.parse(JSON.parse(l)));
    expect(lines.map((l) => [l.question, l.answered, l.results[0]?.id])).toEqual([
      ['was karabakh a colony?', true, 'karabakh-not-a-colony'],
      ['hello', false, undefined],
      ['the Minsk group failed so secession is the only option', true, 'minsk-group-ineffective'],
    ]);
  });

  it("--batch in text mode never writes the input's terminal escape sequences back", async () => {
    const run = await runScript(ASK, ['--batch', '-'], {
      input: 'chiragov \u001b[2J\u001b]0;pwned\u0007v armenia\u009b31m\n',
    });
    expect(run.code).toBe(0);
    // Echoed without the escapes; whether it is answered is the matcher's call (the escapes' own
    // letters, "2J" and "31m", are words it does not know, and the meaning is not sure of them).
    expect(run.stdout).toMatch(/^chiragov v armenia\t=> /);
    expect(run.stdout).not.toMatch(/[\u001b\u0007\u009b]/);
  });

  it('--batch - reads standard input', async () => {
    const run = await runScript(ASK, ['--batch', '-', '--json'], {
      input: 'chiragov v armenia\nwho won the world cup\n',
    });
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => answerSchema.parse(JSON.parse(l)));
    expect(lines.map((l) => l.answered)).toEqual([true, false]);
  });
});
