import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../src/insights/open-services.ts';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { holdDatabaseLock } from '../../bench/database-lock.ts';
import { GUILD, KeptLog, question, tempInsights, type TempInsights } from '../support/insights-fixtures.ts';

let temp: TempInsights;
let services: Services;
let log: KeptLog;
beforeEach(async () => {
  temp = await tempInsights();
  await temp.close();
  log = new KeptLog();
  services = await openServices({ INSIGHTS: true, INSIGHTS_RETENTION_DAYS: 90, DATA_DIR: temp.dir }, log);
});
afterEach(async () => {
  await services.stop(1_000);
  await temp.dispose();
});
const file = () => path.join(temp.dir, DATABASE_FILE);
const questionsIn = (at: string) => {
  const db = new Database(at, { readonly: true });
  const rows = db.prepare('SELECT question FROM questions ORDER BY id').all() as { question: string }[];
  db.close();
  return rows.map((r) => r.question);
};

describe('the store thread, as the bot opens it', () => {
  it('another process holds the lock: settings answer at once, writes wait and all land after', async () => {
    const { insights, settings, writes } = services;
    const holder = await holdDatabaseLock(temp.dir, 3_000);
    const started = performance.now();
    expect(await settings.save(GUILD, { cooldownSeconds: 7 })).toBe(true);
    expect((await settings.get(GUILD)).cooldownSeconds).toBe(7);
    // A server never read before: the defaults after a moment, not after the lock.
    expect(await settings.get('1300000000000000099')).toEqual({});
    for (let i = 0; i < 3; i++) insights.record(question(Date.now(), `while locked ${i}`));
    void insights.flush();
    expect(await insights.vote('1600000000000000001', '1700000000000000001', GUILD, 'e', true)).toBe('queued');
    expect(performance.now() - started).toBeLessThan(2_500);
    expect(await holder.released).toBe(true);
    await insights.flush();
    expect(writes.lost).toBe(0);
    expect(questionsIn(file())).toEqual(['while locked 0', 'while locked 1', 'while locked 2']);
    expect(log.lines.filter((l) => l.message.startsWith('database writes delayed'))).toHaveLength(1);
    expect(log.lines.filter((l) => l.message.startsWith('database writes resumed'))).toHaveLength(1);
  }, 20_000);

  it('the file is deleted under it: a warning, and every later write goes to the new file', async () => {
    const { insights } = services;
    insights.record(question(Date.now(), 'before'));
    await insights.flush();
    await rm(file());
    await rm(`${file()}-wal`, { force: true });
    await rm(`${file()}-shm`, { force: true });
    insights.record(question(Date.now(), 'after the delete'));
    await insights.flush();
    expect(log.lines.map((l) => l.message)).toContainEqual(expect.stringMatching(/was deleted while the bot ran/));
    expect(questionsIn(file())).toEqual(['after the delete']);
    expect((await insights.summary(1, GUILD))?.asked).toBe(1);
  });

  it('the file is replaced under it (a restore): a warning, and writes go to the file now there', async () => {
    const { insights } = services;
    insights.record(question(Date.now(), 'in the old file'));
    await insights.flush();
    const restored = path.join(temp.dir, 'restored.sqlite');
    const copy = new Database(file(), { readonly: true });
    await copy.backup(restored);
    copy.close();
    await rename(restored, file());
    insights.record(question(Date.now(), 'in the restored file'));
    await insights.flush();
    expect(log.lines.map((l) => l.message)).toContainEqual(expect.stringMatching(/was replaced while the bot ran/));
    expect(questionsIn(file())).toEqual(['in the old file', 'in the restored file']);
  });
});
