import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Insights } from '../../src/insights/insights.ts';
import type { StoreSet } from '../../src/stores/store-set.ts';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { SqliteQuestionWriter } from '../../src/stores/sqlite/question-writer.ts';
import { openSqliteStores } from '../../src/stores/sqlite/sqlite-stores.ts';
import { GUILD, KeptLog, question } from '../support/insights-fixtures.ts';

let dir: string;
let log: KeptLog;
let stores: StoreSet;
let answeringThreadBatches: number;
let insights: Insights;
let writer: SqliteQuestionWriter;

/** Insights as the bot opens them, counting the batches the answering thread's connection writes. */
function open(writerDir = dir): void {
  stores = openSqliteStores(dir);
  const record = stores.questions.record.bind(stores.questions);
  answeringThreadBatches = 0;
  stores.questions.record = (events) => {
    answeringThreadBatches++;
    return record(events);
  };
  log = new KeptLog();
  insights = new Insights(true, stores, log);
  insights.useOffThread((writer = new SqliteQuestionWriter(writerDir)));
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-writer-'));
});
afterEach(async () => {
  await insights.close();
  await stores.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the insights writer thread', () => {
  it('writes every batch, answers /insights on its own thread; each summary counts all sent before it', async () => {
    open();
    for (let i = 0; i < 120; i++) insights.record(question(Date.now(), `question ${i % 4}`));
    const summary = await insights.summary(7, GUILD);
    expect(summary).toMatchObject({ asked: 120, answered: 0 });
    expect(summary?.unanswered.map((u) => u.count)).toEqual([30, 30, 30, 30]);
    expect(answeringThreadBatches).toBe(0);
    expect(insights.unavailable).toBeUndefined();
  });

  it('closing writes what was still waiting before the thread stops', async () => {
    open();
    for (let i = 0; i < 7; i++) insights.record(question(Date.now(), 'asked before shutdown'));
    await insights.close();
    expect(writer.alive).toBe(false);
    const reopened = openSqliteStores(dir);
    expect((await reopened.questions.summary({ days: 1, guildId: GUILD, now: Date.now() })).asked).toBe(7);
    await reopened.close();
  });

  it('a database the thread cannot write: the reason logged once, /insights says why, nothing thrown', async () => {
    const damaged = await mkdtemp(path.join(tmpdir(), 'counterpoint-writer-damaged-'));
    await writeFile(path.join(damaged, DATABASE_FILE), 'not a database '.repeat(300));
    try {
      open(damaged);
      for (let batch = 0; batch < 3; batch++) {
        insights.record(question(Date.now(), 'q'));
        await insights.flush();
      }
      expect(await insights.summary(7)).toBeUndefined();
      expect(insights.unavailable).toBe('the database file is damaged or is not a database (SQLITE_NOTADB)');
      expect(log.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    } finally {
      await rm(damaged, { recursive: true, force: true });
    }
  });

  it('if the thread has stopped, the answering thread writes the batches itself', async () => {
    open();
    await writer.close();
    insights.record(question(Date.now(), 'after the thread stopped'));
    await insights.flush();
    expect(answeringThreadBatches).toBe(1);
    expect((await insights.summary(1, GUILD))?.asked).toBe(1);
  });
});
