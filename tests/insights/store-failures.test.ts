import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Insights } from '../../src/insights/insights.ts';
import { DATABASE_FILE, SqliteInsightsStore } from '../../src/insights/sqlite-store.ts';
import { GUILD, KeptLog, question, tempInsights } from '../support/insights-fixtures.ts';


let temp: Awaited<ReturnType<typeof tempInsights>>;
beforeEach(async () => { temp = await tempInsights(); });
afterEach(() => temp.dispose());
const file = () => path.join(temp.dir, DATABASE_FILE);

describe('when the database fails, answers go on', () => {
  it('a damaged file: unavailable with the reason, logged once, nothing thrown', async () => {
    const { writeFile } = await import('node:fs/promises');
    temp.insights.close();
    await writeFile(file(), 'this is not a database, just text that happens to be in the way'.repeat(100));
    await writeFile(`${file()}-wal`, '');
    const log = new KeptLog();
    let opened: SqliteInsightsStore | undefined;
    let failure: unknown;
    try { opened = SqliteInsightsStore.open(temp.dir); } catch (error) { failure = error; }
    const insights = new Insights(true, opened, log, failure);
    expect(insights.unavailable).toMatch(/^the database file is damaged or is not a database \(SQLITE_NOTADB\)$/);
    insights.record(question(Date.now(), 'still answered'));
    insights.flush();
    expect(await insights.summary(7)).toBeUndefined();
    expect(insights.votes).toBe(false);
    expect(log.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
  });

  it('a read-only file and a locked one: each failure logged once, recording resumes when it clears', async () => {
    temp.insights.close();
    const log = new KeptLog();
    const readOnly = new Insights(true, new SqliteInsightsStore(new Database(file(), { readonly: true })), log);
    for (let i = 0; i < 3; i++) {
      readOnly.record(question(Date.now(), 'q'));
      readOnly.flush();
    }
    expect(readOnly.unavailable).toBe('the database file is read-only (SQLITE_READONLY)');
    expect(log.lines.map((l) => l.message)).toEqual(['insights unavailable: the database file is read-only (SQLITE_READONLY); the bot answers on without recording']);
    readOnly.close();

    const holder = new Database(file());
    holder.exec('BEGIN EXCLUSIVE');
    const locked = new Insights(true, new SqliteInsightsStore(new Database(file(), { timeout: 20 })), log);
    locked.record(question(Date.now(), 'q'));
    locked.flush();
    expect(locked.unavailable).toBe('the database is locked by another process (SQLITE_BUSY)');
    holder.exec('COMMIT');
    holder.close();
    locked.record(question(Date.now(), 'q'));
    locked.flush();
    expect(locked.unavailable).toBeUndefined();
    expect(log.lines.at(-1)?.message).toBe('insights: the database works again');
    expect((await locked.summary(1))?.asked).toBe(1);
    locked.close();
  });

  it('a full disk: the reason logged once, nothing thrown, and recording resumes when there is room', async () => {
    temp.insights.close();
    const db = new Database(file());
    // SQLite's own cap on the file's size stands in for a full disk: the same SQLITE_FULL.
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${pages}`);
    const log = new KeptLog();
    const full = new Insights(true, new SqliteInsightsStore(db), log);
    for (let batch = 0; batch < 3; batch++) {
      for (let i = 0; i < 50; i++) full.record(question(Date.now(), `a long enough question to need new pages ${batch} ${i} ${'x'.repeat(200)}`));
      full.flush();
    }
    expect(full.unavailable).toBe('the disk is full (SQLITE_FULL)');
    expect(log.lines.map((l) => l.message)).toEqual(['insights unavailable: the disk is full (SQLITE_FULL); the bot answers on without recording']);
    db.pragma('max_page_count = 1073741823');
    full.record(question(Date.now(), 'after the disk was cleared'));
    full.flush();
    expect(full.unavailable).toBeUndefined();
    expect(log.lines.at(-1)?.message).toBe('insights: the database works again');
    expect((await full.summary(1, GUILD))?.unanswered).toEqual([{ text: 'after the disk was cleared', count: 1 }]);
    await full.close();
  });
});
