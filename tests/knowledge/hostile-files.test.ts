import { execFileSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { MAX_PROBLEMS } from '../../src/knowledge/problem-list.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { runScript } from '../support/run-cli.ts';

let kb: KnowledgeCopy;
beforeEach(async () => {
  kb = await copyKnowledge();
});
afterEach(async () => {
  await kb.dispose();
});

/** Loads with a deadline of its own: a test that hangs must fail, not stall the suite. */
async function problemsWithin(ms: number) {
  const deadline = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), ms).unref());
  const result = await Promise.race([loadKnowledge(kb.dir), deadline]);
  if (result === 'hung') throw new Error(`loading did not finish within ${ms} ms`);
  return result.ok ? [] : result.problems;
}

const KB_CHECK = path.join('src', 'cli', 'kb-check.ts');

describe('files that are not plain files', () => {
  it('a named pipe is a located problem, and reading never waits for a writer', async () => {
    execFileSync('mkfifo', [path.join(kb.dir, 'arguments', '50-pipe.yaml')]);
    expect(await problemsWithin(5_000)).toEqual([
      {
        file: 'arguments/50-pipe.yaml',
        line: 1,
        column: 1,
        message: 'is a named pipe (FIFO), not a plain file: only plain text files are read',
      },
    ]);
  });

  it('a link to /dev/zero, and any link out of the knowledge directory, is refused unread', async () => {
    await symlink('/dev/zero', path.join(kb.dir, 'arguments', '51-zero.yaml'));
    await symlink('/etc/hostname', path.join(kb.dir, 'scope.yaml.link.yaml'));
    await symlink(path.join(kb.dir, '..'), path.join(kb.dir, 'sources', 'up.md'));
    expect(await problemsWithin(5_000)).toEqual([
      {
        file: 'sources/up.md',
        line: 1,
        column: 1,
        message: 'is a symbolic link to a file outside the knowledge directory: only files inside it are read',
      },
      {
        file: 'arguments/51-zero.yaml',
        line: 1,
        column: 1,
        message: 'is a symbolic link to a file outside the knowledge directory: only files inside it are read',
      },
    ]);
  });

  it('a link to a pipe inside the directory is read as what it points to: a pipe, refused', async () => {
    execFileSync('mkfifo', [path.join(kb.dir, 'pipe')]);
    await symlink(path.join(kb.dir, 'pipe'), path.join(kb.dir, 'arguments', '52-via-link.yaml'));
    expect(await problemsWithin(5_000)).toEqual([
      {
        file: 'arguments/52-via-link.yaml',
        line: 1,
        column: 1,
        message: 'is a named pipe (FIFO), not a plain file: only plain text files are read',
      },
    ]);
  });

  it('a directory named like a knowledge file is a problem, not a crash', async () => {
    execFileSync('mkdir', [path.join(kb.dir, 'arguments', '53-folder.yaml')]);
    expect(await problemsWithin(5_000)).toEqual([
      {
        file: 'arguments/53-folder.yaml',
        line: 1,
        column: 1,
        message: 'is a directory, not a plain file: only plain text files are read',
      },
    ]);
  });

  it('a link inside the directory to a file inside it is read', async () => {
    await kb.write('synonyms-real.yaml', await kb.read('synonyms.yaml'));
    await kb.remove('synonyms.yaml');
    await symlink(path.join(kb.dir, 'synonyms-real.yaml'), path.join(kb.dir, 'synonyms.yaml'));
    expect(await problemsWithin(5_000)).toEqual([]);
  });

  it('a dangling link is a problem, not an absence: optional files included', async () => {
    await kb.remove('synonyms.yaml');
    await symlink(path.join(kb.dir, 'gone.yaml'), path.join(kb.dir, 'synonyms.yaml'));
    await symlink('/nonexistent/counterpoint.yaml', path.join(kb.dir, 'arguments', '54-dangling.yaml'));
    expect(await problemsWithin(5_000)).toEqual([
      {
        file: 'arguments/54-dangling.yaml',
        line: 1,
        column: 1,
        message: 'is a symbolic link to a file that does not exist',
      },
      { file: 'synonyms.yaml', line: 1, column: 1, message: 'is a symbolic link to a file that does not exist' },
    ]);
  });

  it('kb:check reports a pipe and exits 1 instead of hanging', async () => {
    execFileSync('mkfifo', [path.join(kb.dir, 'arguments', '50-pipe.yaml')]);
    const run = await runScript(KB_CHECK, ['--knowledge', kb.dir], { timeoutMs: 20_000 });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('arguments/50-pipe.yaml:1:1  is a named pipe (FIFO), not a plain file');
  });
});

describe('inputs that used to throw instead of report', () => {
  it('16,000 problems in one file are counted, the first kept, nothing thrown', async () => {
    await kb.write(
      'arguments/90-many.yaml',
      Array.from({ length: 16_000 }, (_, i) => `- just a string ${i}\n`).join(''),
    );
    const problems = await problemsWithin(20_000);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toMatchObject({ file: 'arguments/90-many.yaml', line: 1 });
    expect(problems.at(-1)?.message).toMatch(/^…and 15,\d{3} more problems/);
  });

  it('a YAML alias bomb in front matter is a located problem', async () => {
    const levels = [
      'a: &a [x,x,x,x,x,x,x,x,x]',
      ...'bcdefgh'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
    ];
    const source = await kb.read('sources/avim-2020-33.md');
    await kb.write('sources/avim-2020-33.md', source.replace('---\n', `---\n${levels.join('\n')}\n`));
    const problems = await problemsWithin(10_000);
    expect(problems[0]).toEqual({
      file: 'sources/avim-2020-33.md',
      line: 2,
      column: 1,
      message: expect.stringMatching(/^YAML: .*alias.*\(too many aliases; write the values out\)$/),
    });
  });
});
