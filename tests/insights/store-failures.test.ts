import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Insights } from '../../src/insights/insights.ts';
import { openServices } from '../../src/insights/open-services.ts';
import { loadPrivacyKey } from '../../src/stores/privacy-key.ts';
import { CachedSettings } from '../../src/stores/settings-service.ts';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { openSqliteStores, sqliteStoresOn } from '../../src/stores/sqlite/sqlite-stores.ts';
import type { StoreSet } from '../../src/stores/store-set.ts';
import { WriteQueue } from '../../src/stores/write-queue.ts';
import { GUILD, KeptLog, question, tempInsights, type TempInsights } from '../support/insights-fixtures.ts';

let temp: TempInsights;
beforeEach(async () => {
  temp = await tempInsights();
  await temp.close();
});
afterEach(() => temp.dispose());
const file = () => path.join(temp.dir, DATABASE_FILE);
const FAST = { backoffMs: [5, 10, 20] };

/** Insights and settings over `stores`, with a write queue that retries quickly. */
function over(stores: StoreSet | undefined, failure?: unknown, max?: number) {
  const log = new KeptLog();
  const queue = new WriteQueue(log, { ...FAST, ...(max ? { max } : {}) });
  const key = loadPrivacyKey(temp.dir);
  return {
    log,
    queue,
    insights: new Insights(true, stores, log, { queue, key }, failure),
    settings: new CachedSettings(stores?.settings, queue, log, failure),
  };
}

/** A connection that gives up on a lock after 20 ms, as the store thread's does after 250. */
const impatient = () => sqliteStoresOn(new Database(file(), { timeout: 20 }));

describe('when the database fails, answers go on', () => {
  it('a damaged file: unavailable with the reason, logged once, nothing thrown', async () => {
    await writeFile(file(), 'this is not a database, just text that happens to be in the way'.repeat(100));
    let failure: unknown;
    try {
      openSqliteStores(temp.dir);
    } catch (error) {
      failure = error;
    }
    const { insights, settings, log } = over(undefined, failure);
    expect(insights.unavailable).toBe('the database file is damaged or is not a database (SQLITE_NOTADB)');
    insights.record(question(Date.now(), 'still answered'));
    expect(await insights.summary(7)).toBeUndefined();
    expect(insights.votes).toBe(false);
    expect(await insights.vote('1600000000000000001', '1700000000000000001', GUILD, 'x', true)).toBeUndefined();
    expect(await settings.get(GUILD)).toEqual({});
    expect(await settings.save(GUILD, { cooldownSeconds: 5 })).toBe(false);
    expect(log.lines.filter((l) => l.level === 'warn')).toHaveLength(2);
  });

  it('a damaged file in DATA_DIR: the warnings name the file; what Discord shows does not', async () => {
    await writeFile(file(), 'not a database '.repeat(400));
    const log = new KeptLog();
    const services = await openServices({ INSIGHTS: true, INSIGHTS_RETENTION_DAYS: 90, DATA_DIR: temp.dir }, log);
    try {
      const warnings = log.lines.filter((l) => l.level === 'warn').map((l) => l.message);
      expect(warnings.length).toBeGreaterThan(0);
      for (const warning of warnings) expect(warning).toContain(` at ${path.resolve(file())};`);
      expect(services.insights.unavailable).toBe('the database file is damaged or is not a database (SQLITE_NOTADB)');
      expect(services.settings.unavailable).not.toContain(temp.dir);
    } finally {
      await services.stop();
    }
  });

  it('a locked file: writes wait and are retried, logged once; nothing is lost when the lock goes', async () => {
    const holder = new Database(file());
    holder.exec('BEGIN EXCLUSIVE');
    const stores = impatient();
    const { insights, settings, log, queue } = over(stores);
    for (let i = 0; i < 5; i++) insights.record(question(Date.now(), `asked while locked ${i}`));
    void insights.flush();
    // The change is taken at once and used at once, though not yet written.
    expect(await settings.save(GUILD, { visibility: 'ephemeral' })).toBe(true);
    expect((await settings.get(GUILD)).visibility).toBe('ephemeral');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(queue.waiting).toBe(2);
    expect(queue.delayed).toBe('the database is locked by another process (SQLITE_BUSY)');
    holder.exec('COMMIT');
    holder.close();
    await insights.flush();
    expect(queue.lost).toBe(0);
    expect((await insights.summary(1, GUILD))?.asked).toBe(5);
    expect(await stores.settings.read(GUILD)).toMatchObject({ visibility: 'ephemeral' });
    expect(log.lines.map((l) => l.message)).toEqual([
      'database writes delayed: the database is locked by another process (SQLITE_BUSY); ' +
        'retrying, answers are not held up',
      expect.stringMatching(/^database writes resumed after [\d.]+ s; nothing waiting was lost$/),
    ]);
    await stores.close();
  });

  it('a full disk: delayed, logged once, and written when there is room', async () => {
    const db = new Database(file());
    // SQLite's own cap on the file's size stands in for a full disk: the same SQLITE_FULL.
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true }))}`);
    const stores = sqliteStoresOn(db);
    const { insights, queue } = over(stores);
    for (let i = 0; i < 50; i++) insights.record(question(Date.now(), `a long question ${i} ${'x'.repeat(200)}`));
    void insights.flush();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(queue.delayed).toBe('the disk is full (SQLITE_FULL)');
    db.pragma('max_page_count = 1073741823');
    await insights.flush();
    expect((await insights.summary(1, GUILD))?.asked).toBe(50);
    await stores.close();
  });

  it('a read-only file: a saved setting is used at once; unwritten at shutdown, it is logged and counted', async () => {
    const stores = sqliteStoresOn(new Database(file(), { readonly: true }));
    const { settings, queue, log } = over(stores);
    expect(await settings.save(GUILD, { visibility: 'public', cooldownSeconds: 9 })).toBe(true);
    expect((await settings.get(GUILD)).cooldownSeconds).toBe(9);
    expect(await queue.close(100)).toBe(1);
    expect(queue.lost).toBe(1);
    expect(log.lines.at(-1)?.message).toBe(
      '1 database write could not be made before shutdown (the database file is read-only (SQLITE_READONLY)) ' +
        'and was lost',
    );
    await stores.close();
  });

  it('a queue full of waiting writes drops new ones, logged once for the spell, each counted', async () => {
    const holder = new Database(file());
    holder.exec('BEGIN EXCLUSIVE');
    const stores = impatient();
    const { settings, queue, log } = over(stores, undefined, 2);
    expect(await settings.save('1300000000000000011', { cooldownSeconds: 1 })).toBe(true);
    expect(await settings.save('1300000000000000012', { cooldownSeconds: 2 })).toBe(true);
    expect(await settings.save('1300000000000000013', { cooldownSeconds: 3 })).toBe(false);
    const dropped = await queue.add(async () => 'never');
    expect(dropped).toEqual({ ok: false, why: '2 writes waiting' });
    expect(queue.lost).toBe(1);
    expect(log.lines.filter((l) => l.message.startsWith('database writes dropped'))).toHaveLength(1);
    holder.exec('COMMIT');
    holder.close();
    await queue.idle();
    expect(await stores.settings.read('1300000000000000012')).toMatchObject({ cooldownSeconds: 2 });
    await stores.close();
  });
});
