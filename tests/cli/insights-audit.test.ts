import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { runScript } from '../support/run-cli.ts';

let data: string;
beforeAll(async () => {
  data = await mkdtemp(path.join(tmpdir(), 'counterpoint-audit-'));
});
afterAll(() => rm(data, { recursive: true, force: true }));

describe('the audit trail, from npm start', () => {
  it('records the knowledge base version at start and every reload with its outcome and diff', async () => {
    const run = await runScript('bin/main.ts', [], { input: '/reload\n', env: { DATA_DIR: data }, timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    const db = new Database(path.join(data, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT hash, entries FROM versions').all()).toEqual([
      { hash: expect.stringMatching(/^[0-9a-f]{16}$/), entries: 60 },
    ]);
    expect(
      db
        .prepare('SELECT via, by, ok, reason, entries_before, entries_after, added, removed, changed FROM reloads')
        .all(),
    ).toEqual([
      {
        via: 'console',
        by: null,
        ok: 1,
        reason: null,
        entries_before: 60,
        entries_after: 60,
        added: '[]',
        removed: '[]',
        changed: '[]',
      },
    ]);
    db.close();
    // INSIGHTS=off: nothing is opened, nothing written.
    const off = path.join(data, 'off');
    expect(
      (
        await runScript('bin/main.ts', [], {
          input: '/reload\n',
          env: { DATA_DIR: off, INSIGHTS: 'off' },
          timeoutMs: 30_000,
        })
      ).code,
    ).toBe(0);
    const { existsSync } = await import('node:fs');
    expect(existsSync(path.join(off, DATABASE_FILE))).toBe(false);
  });
});
