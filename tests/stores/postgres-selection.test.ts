import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, sharedKeyWarning, type Services } from '../../src/insights/open-services.ts';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { openStores } from '../../src/stores/store-set.ts';
import { GUILD, KeptLog, question } from '../support/insights-fixtures.ts';
import { freshDatabase, type FreshDatabase } from '../support/postgres-database.ts';
import { postgresServer } from '../support/store-implementations.ts';
import { TcpGate } from '../support/tcp-gate.ts';

const KEY = 'ab'.repeat(32);
const server = postgresServer();

describe.runIf(server)('DATABASE_URL selects PostgreSQL', () => {
  let dir: string;
  let database: FreshDatabase;
  let services: Services | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-pg-select-'));
    database = await freshDatabase(server ?? '');
  });
  afterEach(async () => {
    await services?.stop(1_000);
    services = undefined;
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });
  const open = (url: string, log: KeptLog, key: string | null = KEY) =>
    openServices(
      { INSIGHTS: true, INSIGHTS_RETENTION_DAYS: 90, DATA_DIR: dir, DATABASE_URL: url, PRIVACY_KEY: key ?? undefined },
      log,
    );

  it('keeps questions and settings in PostgreSQL, and makes no SQLite file', async () => {
    const log = new KeptLog();
    services = await open(database.url, log);
    services.insights.record(question(Date.now(), 'asked on this host'), '1600000000000000001');
    expect(await services.settings.save(GUILD, { cooldownSeconds: 7 })).toBe(true);
    await services.insights.flush();
    expect((await services.insights.summary(1, GUILD))?.unanswered).toEqual([{ text: 'asked on this host', count: 1 }]);
    // Another host, with a DATA_DIR of its own, sees the same figures and settings.
    const other = await openStores({ DATA_DIR: path.join(dir, 'other'), DATABASE_URL: database.url });
    try {
      expect((await other.stores?.questions.summary({ days: 1, now: Date.now() }))?.asked).toBe(1);
      expect((await other.stores?.settings.read(GUILD))?.cooldownSeconds).toBe(7);
    } finally {
      await other.stores?.close();
    }
    expect(existsSync(path.join(dir, DATABASE_FILE))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('sqlite'))).toEqual([]);
    expect(log.lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('warns at start that hosts must share PRIVACY_KEY when it is unset', async () => {
    const log = new KeptLog();
    services = await open(database.url, log, null);
    expect(log.lines.map((l) => l.message)).toContain(sharedKeyWarning(dir));
    // It names the key file by its path, not "DATA_DIR/privacy.key".
    expect(sharedKeyWarning(dir).endsWith(`this host uses ${path.resolve(dir, 'privacy.key')}`)).toBe(true);
  });

  it('answers on when the server is down at start, queues writes, and writes them once it is back', async () => {
    const { hostname, port, password } = new URL(database.url);
    const gate = await TcpGate.closedBefore({ host: hostname, port: Number(port) });
    const behindGate = new URL(database.url);
    behindGate.port = String(gate.port);
    const log = new KeptLog();
    try {
      services = await open(behindGate.toString(), log);
      const warning = log.lines.find((l) => l.message.includes('cannot be reached'))?.message ?? '';
      expect(warning).toMatch(/refuses connections.*writes are queued and retried/);
      expect(warning).toContain(`127.0.0.1:${gate.port}`);
      expect(JSON.stringify(log.lines)).not.toContain(password);
      services.insights.record(question(Date.now(), 'asked while the server was down'), '1600000000000000001');
      const written = services.insights.flush();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(services.writes.waiting).toBeGreaterThan(0);
      await gate.open();
      await written;
      expect(services.writes.waiting).toBe(0);
      expect((await services.insights.summary(1, GUILD))?.asked).toBe(1);
    } finally {
      await services?.stop(1_000);
      services = undefined;
      await gate.close();
    }
  });

  it('reports an unreachable server to the command line, and a schema newer than the bot to all', async () => {
    const gate = await TcpGate.closedBefore({ host: '127.0.0.1', port: 1 });
    const down = new URL(database.url);
    down.port = String(gate.port);
    const cli = await openStores({ DATA_DIR: dir, DATABASE_URL: down.toString() });
    expect(String(cli.failure)).toMatch(/PostgreSQL at 127\.0\.0\.1:\d+\/counterpoint_test_/);
    expect(String(cli.failure)).not.toContain(down.password);
    const first = await openStores({ DATA_DIR: dir, DATABASE_URL: database.url });
    await first.stores?.close();
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('INSERT INTO schema_migrations (version) VALUES (99)');
    await client.end();
    const warned: string[] = [];
    const newer = await openStores(
      { DATA_DIR: dir, DATABASE_URL: database.url },
      { thread: { warn: (m) => warned.push(m) } },
    );
    expect(String(newer.failure)).toMatch(/version 99, newer than this Counterpoint/);
  });
});
