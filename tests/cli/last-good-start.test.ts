import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LastGood } from '../../src/reload/last-good.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { runScript } from '../support/run-cli.ts';

const MAIN = 'bin/main.ts';
const COLONY = 'arguments/02-colonial-paradigm.yaml';

let kb: KnowledgeCopy;
let data: string;
beforeAll(async () => {
  kb = await copyKnowledge();
  data = await mkdtemp(path.join(tmpdir(), 'counterpoint-data-'));
});
afterAll(async () => {
  await kb.dispose();
  await rm(data, { recursive: true, force: true });
});

const start = (input: string, env: NodeJS.ProcessEnv = {}) =>
  runScript(MAIN, [], { input, env: { KNOWLEDGE_DIR: kb.dir, DATA_DIR: data, ...env }, timeoutMs: 30_000 });

describe('npm start with broken knowledge files on disk', () => {
  it('with no last good copy yet, refuses to start and lists the problems', async () => {
    await kb.edit(COLONY, 'section: 2', 'section: [2');
    const run = await start('was karabakh a colony?\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${kb.dir}/${COLONY}:`);
    expect(run.stderr).toMatch(
      /There is no last good copy to start on \(none in .+\): fix the files and start again\.\n$/,
    );
    expect(run.stdout).toBe('');
    await kb.edit(COLONY, 'section: [2', 'section: 2');
  });

  it(
    'a clean start keeps a last good copy; a later start with a broken file starts on it, says so, and /reload ' +
      'tells the admin',
    async () => {
      const first = await start('was karabakh a colony?\n');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('== Was Karabakh ever a colony? ==');
      const saved = await new LastGood(data).read();
      expect(saved?.files.find((f) => f.file === COLONY)?.text).toBe(await kb.read(COLONY));

      await kb.edit(COLONY, 'section: 2', 'section: [2');
      const run = await start('was karabakh a colony?\n/reload\n');
      expect(run.code).toBe(0);
      // The problems, located, then what the bot runs on meanwhile.
      expect(run.stderr).toContain(`\n  ${kb.dir}/${COLONY}:6:3  YAML syntax:`);
      expect(run.stderr).toContain(
        `Started on the last good copy of the knowledge base, saved ${saved?.savedAt}. Fix the files, then /reload`,
      );
      expect(run.stderr).toMatch(
        /"level":50,.*"msg":"the knowledge files have problems: started on the last good copy"/,
      );
      // Users are answered from the copy.
      expect(run.stdout).toContain('== Was Karabakh ever a colony? ==');
      // The admin's /reload: still broken, and the bot is on the last good copy.
      expect(run.stdout).toContain('== Reload failed: the knowledge base in use did not change ==');
      expect(run.stdout).toContain(
        'Running on the last good copy:\n  The files on disk are broken: they had 1 problem when the bot started',
      );
    },
  );

  it('KNOWLEDGE_STRICT=true refuses to start on the copy', async () => {
    const run = await start('was karabakh a colony?\n', { KNOWLEDGE_STRICT: 'true' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${kb.dir}/${COLONY}:`);
    expect(run.stderr).toMatch(/KNOWLEDGE_STRICT is on, so the bot does not start on its last good copy\.\n$/);
    expect(run.stdout).toBe('');
  });

  it('does not start on the copy of another knowledge directory', async () => {
    const other = await copyKnowledge();
    try {
      await other.edit(COLONY, 'section: 2', 'section: [2');
      const run = await start('was karabakh a colony?\n', { KNOWLEDGE_DIR: other.dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `The last good copy is of another knowledge directory (${kb.dir}), so the bot does not start on it`,
      );
    } finally {
      await other.dispose();
    }
  });
});
