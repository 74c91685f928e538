// The configuration's files: a .env fills in what the environment lacks, and .env.example documents
// every variable the env module reads.
import { describe, expect, it } from 'vitest';

describe('.env files', () => {
  it('fill in what the environment lacks, and never override what it sets, even to empty', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { loadDotEnv } = await import('../../src/config/env.ts');
    const dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-env-'));
    const file = path.join(dir, '.env');
    await writeFile(file, 'CP_TEST_FROM_FILE=file\nCP_TEST_SET=file\nCP_TEST_EMPTY=file\n');
    process.env.CP_TEST_SET = 'environment';
    process.env.CP_TEST_EMPTY = '';
    try {
      loadDotEnv(file);
      expect([process.env.CP_TEST_FROM_FILE, process.env.CP_TEST_SET, process.env.CP_TEST_EMPTY]).toEqual([
        'file',
        'environment',
        '',
      ]);
      expect(() => loadDotEnv(path.join(dir, 'missing.env'))).not.toThrow();
    } finally {
      for (const name of ['CP_TEST_FROM_FILE', 'CP_TEST_SET', 'CP_TEST_EMPTY']) delete process.env[name];
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('.env.example', () => {
  it('documents every variable the env module reads, and no others', async () => {
    const { readFile } = await import('node:fs/promises');
    const { CONFIG_VARIABLES } = await import('../../src/config/env.ts');
    const example = await readFile(new URL('../../.env.example', import.meta.url), 'utf8');
    const documented = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
