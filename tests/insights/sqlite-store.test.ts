import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/insights/migrations.ts';
import { DATABASE_FILE, SqliteInsightsStore } from '../../src/insights/sqlite-store.ts';
import { GUILD, question, tempInsights } from '../support/insights-fixtures.ts';
import { ROOT, TS_LOADER } from '../support/run-cli.ts';

const DAY = 86_400_000;

let temp: Awaited<ReturnType<typeof tempInsights>>;
beforeEach(async () => { temp = await tempInsights(); });
afterEach(() => temp.dispose());
const file = () => path.join(temp.dir, DATABASE_FILE);

describe('the SQLite insights store', () => {
  it('migrates an empty file to the latest version, in WAL mode', () => {
    const db = new Database(file(), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name))
      .toEqual(['daily', 'daily_unanswered', 'meta', 'questions', 'reloads', 'server_settings', 'versions', 'votes']);
    db.close();
  });

  it('migrates a file of the previous version, keeping its data; refuses a newer one', async () => {
    const other = path.join(temp.dir, 'previous.sqlite');
    const old = new Database(other);
    old.exec(MIGRATIONS[0] ?? '');
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO questions (at, guild_id, via, question, normalized, verdict, entry_id, candidates, latency_ms) VALUES (1, 'g', 'ask', 'q', 'q', 'clear', 'e', '[]', 1)").run();
    old.close();
    const store = SqliteInsightsStore.open(temp.dir, other);
    store.saveSettings(GUILD, { cooldownSeconds: 9 });
    expect(store.settings(GUILD)).toEqual({ cooldownSeconds: 9, visibility: undefined, storeText: undefined });
    store.close();
    const db = new Database(other);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT question FROM questions').all()).toEqual([{ question: 'q' }]);
    db.pragma('user_version = 99');
    db.close();
    expect(() => SqliteInsightsStore.open(temp.dir, other)).toThrow(/version 99, newer than this Counterpoint \(2\)/);
  });

  it('purges what is past the retention period, questions, daily counts and votes alike', async () => {
    const now = Date.now();
    const { insights } = temp;
    const store = SqliteInsightsStore.open(temp.dir);
    store.recordQuestions([question(now - 100 * DAY, 'old one'), question(now - 100 * DAY, 'old one'), question(now - DAY, 'new one')]);
    store.vote('a', now - 100 * DAY, GUILD, 'karabakh-not-a-colony', false);
    store.close();
    expect(await insights.purgeExpired(90)).toBe(2);
    expect(await insights.summary(365, GUILD)).toMatchObject({ asked: 1, unanswered: [{ text: 'new one', count: 1 }], notHelpful: [] });
  });

  it('counts one vote per person and answer by a keyed hash: no user id is stored', () => {
    const { insights } = temp;
    const user = '1600000000000000001';
    expect(insights.vote(user, '1700000000000000001', GUILD, 'karabakh-not-a-colony', true)).toBe('counted');
    expect(insights.vote(user, '1700000000000000001', GUILD, 'karabakh-not-a-colony', true)).toBe('again');
    expect(insights.vote(user, '1700000000000000001', GUILD, 'karabakh-not-a-colony', false)).toBe('changed');
    expect(insights.vote(user, '1700000000000000002', GUILD, 'karabakh-not-a-colony', false)).toBe('counted');
    expect(insights.vote('1600000000000000002', '1700000000000000001', GUILD, 'karabakh-not-a-colony', false)).toBe('counted');
    insights.close();
    const db = new Database(file(), { readonly: true });
    const votes = db.prepare('SELECT voter FROM votes').all() as { voter: string }[];
    expect(votes).toHaveLength(3);
    const everything = JSON.stringify(db.prepare('SELECT * FROM votes').all());
    expect(everything).not.toContain(user);
    expect(everything).not.toContain('1600000000000000002');
    // Hashes of 32 bytes (HMAC-SHA-256), one per person and answer.
    expect(votes.every((v) => /^[\w-]{43}$/.test(v.voter))).toBe(true);
    db.close();
  });

  it('takes writes from two processes at once without losing any', async () => {
    const writer = (tag: string) => new Promise<number | null>((resolve) => {
      const script = path.join(ROOT, 'tests/support/insights-writer.ts');
      spawn(process.execPath, ['--import', TS_LOADER, script, temp.dir, '500', tag], { cwd: ROOT, stdio: 'ignore' })
        .on('exit', resolve);
    });
    expect(await Promise.all([writer('a'), writer('b')])).toEqual([0, 0]);
    const summary = await temp.insights.summary(1, GUILD);
    expect(summary?.asked).toBe(1000);
    const db = new Database(file(), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM questions').get()).toEqual({ n: 1000 });
    db.close();
  }, 30_000);
});
