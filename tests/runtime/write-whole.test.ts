import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWhole } from '../../src/runtime/write-whole.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cp-whole-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a file written whole or not at all', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const file = path.join(dir, 'data.bin');
    await writeFile(file, 'old');
    await writeWhole(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['data.bin']);
  });

  it('where the rename fails, throws, keeps what was there, and removes its temporary file', async () => {
    const file = path.join(dir, 'in-the-way');
    await mkdir(path.join(file, 'inside'), { recursive: true });
    await expect(writeWhole(file, 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['in-the-way']);
  });

  it("removes another writer's temporary file only when it was left long ago", async () => {
    const file = path.join(dir, 'data.bin');
    const stale = path.join(dir, '.data.bin.left.tmp');
    const recent = path.join(dir, '.data.bin.writing.tmp');
    await writeFile(stale, 'half');
    await writeFile(recent, 'half');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(stale, hourAgo, hourAgo);
    await writeWhole(file, 'new');
    expect((await readdir(dir)).sort()).toEqual(['.data.bin.writing.tmp', 'data.bin']);
  });
});
