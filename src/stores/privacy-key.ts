// The secret that turns a person into a keyed hash (voters, askers): kept outside the database, so
// that a copy of the database alone cannot be matched to user ids. PRIVACY_KEY in the environment
// (the same on every host that shares a database), else a key file in DATA_DIR made on first use.
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The key file's name under DATA_DIR. */
export const PRIVACY_KEY_FILE = 'privacy.key';

/** Keyed hashes of people: never reversible to a user id without the key. */
export class PrivacyKey {
  constructor(private readonly key: Uint8Array) {}

  /** Who asked, the same across questions and votes: what /privacy forget-me deletes by. */
  asker(userId: string): string {
    return this.#hash(`asker\0${userId}`);
  }

  /** One person's vote on one answer: a second vote on it changes the first. */
  voter(userId: string, messageId: string): string {
    return this.#hash(`${userId}\0${messageId}`);
  }

  #hash(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('base64url');
  }
}

/**
 * The key from PRIVACY_KEY (64 hex characters), or from DATA_DIR/privacy.key, created with mode
 * 600 when missing (and narrowed to 600 when found wider). Throws what the file system threw.
 */
export function loadPrivacyKey(dataDir: string, fromEnv?: string): PrivacyKey {
  if (fromEnv) return new PrivacyKey(Buffer.from(fromEnv, 'hex'));
  const file = path.join(dataDir, PRIVACY_KEY_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const key = readFileSync(file);
  if (key.length < 16) throw new Error(`${file} is too short to be a key: delete it and a new one is made`);
  return new PrivacyKey(key);
}
