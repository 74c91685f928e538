import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Insights } from '../../src/insights/insights.ts';
import { CachedSettings } from '../../src/stores/settings-service.ts';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { openSqliteStores, sqliteStoresOn } from '../../src/stores/sqlite/sqlite-stores.ts';
import type { StoreSet } from '../../src/stores/store-set.ts';
import { GUILD, KeptLog, question, tempInsights, type TempInsights } from '../support/insights-fixtures.ts';

let temp: TempInsights;
beforeEach(async () => {
  temp = await tempInsights();
});
afterEach(() => temp.dispose());
const file = () => path.join(temp.dir, DATABASE_FILE);
const WITHOUT_RECORDING = 'the bot answers on without recording';

/** Opens the stores as the bot does, or says why it could not. */
function tryOpen(): { stores?: StoreSet; failure?: unknown } {
  try {
    return { stores: openSqliteStores(temp.dir) };
  } catch (failure) {
    return { failure };
  }
}

describe('when the database fails, answers go on', () => {
  it('a damaged file: unavailable with the reason, logged once, nothing thrown', async () => {
    await temp.close();
    await writeFile(file(), 'this is not a database, just text that happens to be in the way'.repeat(100));
    await writeFile(`${file()}-wal`, '');
    const log = new KeptLog();
    const { stores, failure } = tryOpen();
    const insights = new Insights(true, stores, log, failure);
    expect(insights.unavailable).toMatch(/^the database file is damaged or is not a database \(SQLITE_NOTADB\)$/);
    insights.record(question(Date.now(), 'still answered'));
    await insights.flush();
    expect(await insights.summary(7)).toBeUndefined();
    expect(insights.votes).toBe(false);
    const user = '1600000000000000001';
    expect(await insights.vote(user, '1700000000000000001', GUILD, 'karabakh-not-a-colony', true)).toBeUndefined();
    expect(log.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
  });

  it('a read-only file and a locked one: each failure logged once, recording resumes when it clears', async () => {
    await temp.close();
    const log = new KeptLog();
    const readOnlyStores = sqliteStoresOn(new Database(file(), { readonly: true }));
    const readOnly = new Insights(true, readOnlyStores, log);
    for (let i = 0; i < 3; i++) {
      readOnly.record(question(Date.now(), 'q'));
      await readOnly.flush();
    }
    expect(readOnly.unavailable).toBe('the database file is read-only (SQLITE_READONLY)');
    expect(log.lines.map((l) => l.message)).toEqual([
      `insights unavailable: the database file is read-only (SQLITE_READONLY); ${WITHOUT_RECORDING}`,
    ]);
    await readOnly.close();
    await readOnlyStores.close();

    const holder = new Database(file());
    holder.exec('BEGIN EXCLUSIVE');
    const lockedStores = sqliteStoresOn(new Database(file(), { timeout: 20 }));
    const locked = new Insights(true, lockedStores, log);
    locked.record(question(Date.now(), 'q'));
    await locked.flush();
    expect(locked.unavailable).toBe('the database is locked by another process (SQLITE_BUSY)');
    holder.exec('COMMIT');
    holder.close();
    locked.record(question(Date.now(), 'q'));
    await locked.flush();
    expect(locked.unavailable).toBeUndefined();
    expect(log.lines.at(-1)?.message).toBe('insights: the database works again');
    expect((await locked.summary(1))?.asked).toBe(1);
    await locked.close();
    await lockedStores.close();
  });

  it('a full disk: the reason logged once, nothing thrown, and recording resumes when there is room', async () => {
    await temp.close();
    const db = new Database(file());
    // SQLite's own cap on the file's size stands in for a full disk: the same SQLITE_FULL.
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${pages}`);
    const log = new KeptLog();
    const stores = sqliteStoresOn(db);
    const full = new Insights(true, stores, log);
    for (let batch = 0; batch < 3; batch++) {
      for (let i = 0; i < 50; i++)
        full.record(question(Date.now(), `a long enough question to need new pages ${batch} ${i} ${'x'.repeat(200)}`));
      await full.flush();
    }
    expect(full.unavailable).toBe('the disk is full (SQLITE_FULL)');
    expect(log.lines.map((l) => l.message)).toEqual([
      `insights unavailable: the disk is full (SQLITE_FULL); ${WITHOUT_RECORDING}`,
    ]);
    db.pragma('max_page_count = 1073741823');
    full.record(question(Date.now(), 'after the disk was cleared'));
    await full.flush();
    expect(full.unavailable).toBeUndefined();
    expect(log.lines.at(-1)?.message).toBe('insights: the database works again');
    expect((await full.summary(1, GUILD))?.unanswered).toEqual([{ text: 'after the disk was cleared', count: 1 }]);
    await full.close();
    await stores.close();
  });
});

describe('when the database fails, settings fall back to the defaults', () => {
  it('a damaged file: every server gets the defaults, a change is refused with the reason, logged once', async () => {
    await temp.close();
    await writeFile(file(), 'not a database '.repeat(300));
    const log = new KeptLog();
    const { stores, failure } = tryOpen();
    const settings = new CachedSettings(stores?.settings, log, failure);
    expect(await settings.get(GUILD)).toEqual({});
    expect(await settings.save(GUILD, { cooldownSeconds: 5 })).toBe(false);
    expect(settings.unavailable).toBe('the database file is damaged or is not a database (SQLITE_NOTADB)');
    expect(log.lines.map((l) => l.message)).toEqual([
      'settings unavailable: the database file is damaged or is not a database (SQLITE_NOTADB); ' +
        'servers get the defaults',
    ]);
  });

  it('a read-only file: settings are read, a change is refused; a writable one takes it again', async () => {
    await temp.settings.save(GUILD, { visibility: 'ephemeral' });
    await temp.close();
    const log = new KeptLog();
    const readOnlyStores = sqliteStoresOn(new Database(file(), { readonly: true }));
    const readOnly = new CachedSettings(readOnlyStores.settings, log);
    expect(await readOnly.get(GUILD)).toEqual({
      visibility: 'ephemeral',
      cooldownSeconds: undefined,
      storeText: undefined,
    });
    expect(await readOnly.save(GUILD, { visibility: 'public' })).toBe(false);
    expect(readOnly.unavailable).toBe('the database file is read-only (SQLITE_READONLY)');
    // The change was refused: the cache keeps what the database holds.
    expect((await readOnly.get(GUILD)).visibility).toBe('ephemeral');
    await readOnlyStores.close();
    const writable = sqliteStoresOn(new Database(file()));
    const again = new CachedSettings(writable.settings, log);
    expect(await again.save(GUILD, { visibility: 'public' })).toBe(true);
    expect(again.unavailable).toBeUndefined();
    await writable.close();
    expect(log.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
  });
});
