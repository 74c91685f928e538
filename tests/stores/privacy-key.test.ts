import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPrivacyKey, PRIVACY_KEY_FILE } from '../../src/stores/privacy-key.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-key-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const USER = '1600000000000000001';

describe('the privacy key, kept outside the database', () => {
  it('is made once in DATA_DIR with mode 600, and the same person hashes the same way after', async () => {
    const first = loadPrivacyKey(dir);
    const file = path.join(dir, PRIVACY_KEY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file)).byteLength).toBe(32);
    expect(loadPrivacyKey(dir).asker(USER)).toBe(first.asker(USER));
    expect(first.asker(USER)).toMatch(/^[\w-]{43}$/);
    expect(first.asker(USER)).not.toContain(USER);
    // A vote's hash is per answer, and not the asker's hash.
    expect(first.voter(USER, '1700000000000000001')).not.toBe(first.voter(USER, '1700000000000000002'));
    expect(first.voter(USER, '1700000000000000001')).not.toBe(first.asker(USER));
  });

  it('narrows a key file readable by others to 600', async () => {
    const file = path.join(dir, PRIVACY_KEY_FILE);
    await writeFile(file, Buffer.alloc(32, 1), { mode: 0o644 });
    loadPrivacyKey(dir);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('PRIVACY_KEY wins over the file, and another key hashes people differently', () => {
    const fromEnv = loadPrivacyKey(dir, 'ab'.repeat(32));
    expect(fromEnv.asker(USER)).toBe(loadPrivacyKey(path.join(dir, 'elsewhere'), 'ab'.repeat(32)).asker(USER));
    expect(fromEnv.asker(USER)).not.toBe(loadPrivacyKey(dir).asker(USER));
  });
});
