import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { MIGRATIONS } from '../../src/stores/sqlite/migrations.ts';
import { openSqliteStores } from '../../src/stores/sqlite/sqlite-stores.ts';
import { GUILD, tempInsights, type TempInsights } from '../support/insights-fixtures.ts';
import { ROOT, TS_LOADER } from '../support/run-cli.ts';

let temp: TempInsights;
beforeEach(async () => {
  temp = await tempInsights();
});
afterEach(() => temp.dispose());
const file = () => path.join(temp.dir, DATABASE_FILE);

describe('the SQLite file every store shares', () => {
  it('migrates an empty file to the latest version, in WAL mode', () => {
    const db = new Database(file(), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual([
      'daily',
      'daily_unanswered',
      'meta',
      'questions',
      'reloads',
      'server_settings',
      'versions',
      'votes',
    ]);
    db.close();
  });

  it('migrates a file of the previous version, keeping its data; refuses a newer one', async () => {
    const other = path.join(temp.dir, 'previous.sqlite');
    const old = new Database(other);
    old.exec(MIGRATIONS[0] ?? '');
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO questions
      (at, guild_id, via, question, normalized, verdict, entry_id, candidates, latency_ms)
      VALUES (1, 'g', 'ask', 'q', 'q', 'clear', 'e', '[]', 1)`,
      )
      .run();
    old.prepare("INSERT INTO meta VALUES ('vote_key', ?)").run(Buffer.alloc(32, 7));
    old.close();
    const stores = openSqliteStores(temp.dir, other);
    await stores.settings.write(GUILD, { cooldownSeconds: 9 });
    expect(await stores.settings.read(GUILD)).toEqual({
      cooldownSeconds: 9,
      visibility: undefined,
      storeText: undefined,
    });
    await stores.close();
    const db = new Database(other);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT question, asker FROM questions').all()).toEqual([{ question: 'q', asker: null }]);
    // The vote key left the database (privacy-key.ts keeps it outside).
    expect(db.prepare("SELECT * FROM meta WHERE key = 'vote_key'").all()).toEqual([]);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openSqliteStores(temp.dir, other)).toThrow(
      new RegExp(`version 99, newer than this Counterpoint \\(${MIGRATIONS.length}\\)`),
    );
  });

  it('takes writes from two processes at once without losing any', async () => {
    const script = path.join(ROOT, 'tests/support/insights-writer.ts');
    const writer = (tag: string) =>
      new Promise<number | null>((resolve) => {
        spawn(process.execPath, ['--import', TS_LOADER, script, temp.dir, '500', tag], {
          cwd: ROOT,
          stdio: 'ignore',
        }).on('exit', resolve);
      });
    expect(await Promise.all([writer('a'), writer('b')])).toEqual([0, 0]);
    const summary = await temp.insights.summary(1, GUILD);
    expect(summary?.asked).toBe(1000);
    const db = new Database(file(), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM questions').get()).toEqual({ n: 1000 });
    db.close();
  }, 30_000);
});
