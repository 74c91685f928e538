import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdDatabaseLock, sqliteFiles } from '../../bench/database-lock.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'counterpoint-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A database as the bot leaves it: WAL mode, one table. */
function createDatabase(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (x INTEGER)');
  db.close();
}

/** Tries a write transaction without waiting: 'written', or the error SQLite gives. */
function tryWrite(file: string): string {
  const db = new Database(file, { timeout: 0 });
  try {
    db.exec('BEGIN IMMEDIATE; INSERT INTO t VALUES (1); COMMIT');
    return 'written';
  } catch (error) {
    return String(error);
  } finally {
    db.close();
  }
}

describe("the load bench's lock holder (another process holding the database)", () => {
  it('holds every SQLite file of the directory until its time is up, then releases and exits', async () => {
    const file = path.join(dir, 'store.sqlite');
    createDatabase(file);
    await writeFile(path.join(dir, 'notes.txt'), 'not a database');
    expect(await sqliteFiles(dir)).toEqual([file]);

    // Long enough that the check below runs well within it, even on a busy machine.
    const lock = await holdDatabaseLock(dir, 2_000);
    try {
      expect(lock.files).toEqual([file]);
      expect(tryWrite(file)).toMatch(/database is locked|busy/i);
      expect(await lock.released).toBe(true);
      expect(tryWrite(file)).toBe('written');
    } finally {
      lock.stop();
    }
  });

  it('refuses a directory with no SQLite file in it', async () => {
    await expect(holdDatabaseLock(dir, 100)).rejects.toThrow(/no SQLite file/);
  });
});
