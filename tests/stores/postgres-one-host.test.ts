import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/stores/postgres/migrations.ts';
import { AUDIT_EXPIRY_LOCK, QUESTIONS_EXPIRY_LOCK } from '../../src/stores/postgres/one-host.ts';
import { openPostgresStores } from '../../src/stores/postgres/postgres-stores.ts';
import type { StoreSet } from '../../src/stores/store-set.ts';
import { question } from '../support/insights-fixtures.ts';
import { freshDatabase, type FreshDatabase } from '../support/postgres-database.ts';
import { postgresServer } from '../support/store-implementations.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);
const server = postgresServer();

describe.runIf(server)('PostgreSQL across hosts', () => {
  let database: FreshDatabase;
  let hosts: StoreSet[] = [];
  let other: pg.Client | undefined;
  beforeEach(async () => {
    database = await freshDatabase(server ?? '');
  });
  afterEach(async () => {
    await other?.end();
    other = undefined;
    await Promise.all(hosts.map((h) => h.close()));
    hosts = [];
    await database.drop();
  });
  const host = () => {
    const opened = openPostgresStores(database.url);
    hosts.push(opened.stores);
    return opened;
  };

  it('migrates once when hosts start together', async () => {
    const starts = [host(), host(), host()];
    expect(await Promise.all(starts.map((h) => h.check()))).toEqual([undefined, undefined, undefined]);
    other = new pg.Client({ connectionString: database.url });
    await other.connect();
    const { rows } = await other.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r: { version: number }) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('runs the retention purge on one host: another host holding the lock skips it', async () => {
    const { stores } = host();
    await stores.questions.record([question(NOW - 100 * DAY, 'expired'), question(NOW, 'kept')]);
    await stores.audit.recordReload({
      at: NOW - 100 * DAY,
      via: 'console',
      by: undefined,
      ok: true,
      reason: undefined,
      entriesBefore: 1,
      entriesAfter: 2,
      added: ['a'],
      removed: [],
      changed: [],
      ms: 3,
    });
    // Another host is purging: it holds the locks, as its transaction would.
    other = new pg.Client({ connectionString: database.url });
    await other.connect();
    await other.query('SELECT pg_advisory_lock($1), pg_advisory_lock($2)', [QUESTIONS_EXPIRY_LOCK, AUDIT_EXPIRY_LOCK]);
    const before = NOW - 90 * DAY;
    expect(await stores.questions.purgeBefore(before)).toBe(0);
    expect(await stores.audit.purgeBefore(before)).toBe(0);
    expect((await stores.questions.summary({ days: 365, now: NOW })).asked).toBe(2);
    expect(await stores.audit.reloads(5)).toHaveLength(1);
    await other.query('SELECT pg_advisory_unlock_all()');
    expect(await stores.questions.purgeBefore(before)).toBe(1);
    expect(await stores.audit.purgeBefore(before)).toBe(1);
    const left = await stores.questions.summary({ days: 365, now: NOW });
    expect(left.unanswered).toEqual([{ text: 'kept', count: 1 }]);
    expect(await stores.audit.reloads(5)).toEqual([]);
  });

  it('adds up the daily counts of batches written by two hosts at once', async () => {
    const [a, b] = [host().stores, host().stores];
    const batch = (n: number) => Array.from({ length: n }, () => question(NOW, 'Who won the cup?'));
    await Promise.all([a, b, a, b].map((h) => h.questions.record(batch(25))));
    const figures = await b.questions.summary({ days: 1, now: NOW });
    expect(figures.asked).toBe(100);
    expect(figures.unanswered).toEqual([{ text: 'who won the cup', count: 100 }]);
  });
});
