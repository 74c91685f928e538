import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript build scripts, typed by their use here
import { compactWordTable } from '../../scripts/build.mjs';
// @ts-expect-error: plain JavaScript build scripts, typed by their use here
import { fingerprintOf } from '../../scripts/dist.mjs';
import { zipfFromCounts } from '../../src/text/english-frequency.ts';
import { ROOT, runScript } from '../support/run-cli.ts';

describe('the compiled start', () => {
  it('the compact word table the build writes is the one the sources compute, value for value', async () => {
    const compact = JSON.parse(await compactWordTable()) as Record<string, number>;
    expect(new Map(Object.entries(compact))).toEqual(zipfFromCounts());
  });

  it('any edit to an input changes the fingerprint, so a stale build is never run', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'counterpoint-fp-'));
    try {
      await mkdir(path.join(root, 'src'));
      await writeFile(path.join(root, 'src', 'a.ts'), 'export const a = 1;\n');
      await writeFile(path.join(root, 'package-lock.json'), '{}');
      const before = await fingerprintOf(root);
      expect(await fingerprintOf(root)).toBe(before);
      await writeFile(path.join(root, 'src', 'a.ts'), 'export const a = 2;\n');
      const edited = await fingerprintOf(root);
      expect(edited).not.toBe(before);
      await writeFile(path.join(root, 'src', 'b.ts'), '');
      expect(await fingerprintOf(root)).not.toBe(edited);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('npm run ask runs compiled code with plain node, built when missing or stale', async () => {
    const run = await runScript('scripts/run.mjs', ['ask', 'was karabakh a colony?'], {
      command: [process.execPath, 'scripts/run.mjs'],
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Was Karabakh ever a colony?');
    expect(await readFile(path.join(ROOT, 'dist', '.fingerprint'), 'utf8')).toBe(await fingerprintOf());
  });

  it("the console never loads discord.js: it is not in main.js's static imports", async () => {
    const dist = path.join(ROOT, 'dist');
    const seen = new Set<string>();
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = await readFile(path.join(dist, file), 'utf8');
      for (const [, imported] of code.matchAll(/^import\s[^;]*?from\s*"\.\/([^"]+)"/gm))
        if (imported) await visit(imported);
      for (const [, imported] of code.matchAll(/^import\s*"\.\/([^"]+)"/gm)) if (imported) await visit(imported);
    };
    await visit('main.js');
    const statically = await Promise.all([...seen].map((f) => readFile(path.join(dist, f), 'utf8')));
    expect(statically.some((code) => /class _?DiscordAPIError/.test(code))).toBe(false);
    // …while the bot's code, loaded only with a token, does bring it.
    const all = await Promise.all(
      (await readdir(dist)).filter((f) => f.endsWith('.js')).map((f) => readFile(path.join(dist, f), 'utf8')),
    );
    expect(all.some((code) => /class _?DiscordAPIError/.test(code))).toBe(true);
  });
});
