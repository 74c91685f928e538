// Hosts sharing one PostgreSQL database serve one knowledge version: each host here is a real
// Reloader, KnowledgeStore and last good copy over its own copy of the files, as in the bot.
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { awaitHosts } from '../../src/reload/host-tally.ts';
import {
  FORGOTTEN_HOST_MS,
  KEPT_VERSIONS,
  KNOWLEDGE_CHANNEL,
  PostgresSharedKnowledge,
} from '../../src/stores/postgres/knowledge-versions.ts';
import { EXTRA_ENTRY } from '../support/reload-fixtures.ts';
import { postgresServer } from '../support/store-implementations.ts';
import { CONCLUSION, hostsPerTest, type Host } from '../support/sync-host.ts';

const server = postgresServer();

describe.runIf(server)('one knowledge version across hosts sharing PostgreSQL', () => {
  const { host, url, onCleanup } = hostsPerTest(server ?? '');

  /** What /reload does on a host: reload its files, publish, wait for the others. */
  async function reloadOn(h: Host) {
    const { report, published } = await h.sync.reload({ via: 'console' });
    expect(report.ok).toBe(true);
    if (!published || !('version' in published)) throw new Error(`not published: ${JSON.stringify(published)}`);
    return awaitHosts(h.sync.shared, published.version, 5_000);
  }

  it('the first host shares its files; a host starting later serves them, not its own', async () => {
    const a = await host('host-a');
    expect(a.sync.serving).toBe(1);
    const b = await host('host-b', true);
    expect(b.sync.serving).toBe(1);
    expect(b.has('added-by-admin')).toBe(false);
    expect(b.log.lines.map((l) => l.message)).toContain('now serving the shared version');
  });

  it('hosts starting together on an empty database share one first version, not one each', async () => {
    const started = await Promise.all(['host-a', 'host-b', 'host-c'].map((name) => host(name)));
    expect(started.map((h) => h.sync.serving)).toEqual([1, 1, 1]);
    expect(await started[0]?.sync.shared.latest()).toEqual({
      version: 1,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      at: expect.any(Number),
    });
  });

  // How soon is the bench's to say (bench/sync.ts): these machines are shared and noisy.
  it('a reload on one host reaches the other before the tally reports, and the tally names both', async () => {
    const a = await host('host-a');
    const b = await host('host-b');
    await a.kb.write(CONCLUSION, (await a.kb.read(CONCLUSION)) + EXTRA_ENTRY);
    const tally = await reloadOn(a);
    expect(tally).toEqual({ version: 2, serving: ['host-a', 'host-b'], failed: [], silent: [] });
    expect(b.has('added-by-admin')).toBe(true);
    expect(b.sync.serving).toBe(2);
  });

  it('ignores an announcement of an older version, and names a host that cannot load a new one', async () => {
    const a = await host('host-a');
    const b = await host('host-b');
    await a.kb.write(CONCLUSION, (await a.kb.read(CONCLUSION)) + EXTRA_ENTRY);
    await reloadOn(a);
    const before = b.store.current;
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    onCleanup(() => client.end());
    await client.query(`NOTIFY ${KNOWLEDGE_CHANNEL}, '1'`);
    await vi.waitFor(() =>
      expect(b.log.lines.map((l) => l.message)).toContain('an older knowledge version was announced: ignored'),
    );
    expect(b.store.current).toBe(before);
    expect(b.sync.serving).toBe(2);

    // A version whose files do not load (published by hand): every host keeps what it serves, and says why.
    const copy = JSON.parse((await a.sync.shared.fetch(2))?.copy ?? '{}');
    copy.files = copy.files.map((f: { file: string; text: string }) =>
      f.file === CONCLUSION ? { ...f, text: `${f.text}\n- id: [broken` } : f,
    );
    const { version } = await a.sync.shared.publish('bad', JSON.stringify(copy), 'by-hand', 'unlessSame');
    const tally = await awaitHosts(a.sync.shared, version, 5_000);
    expect(tally.serving).toEqual([]);
    expect(tally.failed.map((f) => f.host)).toEqual(['host-a', 'host-b']);
    expect(tally.failed[0]?.reason).toMatch(/YAML|yaml|flow|unexpected|end/i);
    expect(b.store.current).toBe(before);
  });

  it('a host that stops leaves the count', async () => {
    const a = await host('host-a');
    const b = await host('host-b');
    expect((await a.sync.shared.hosts(60_000)).map((h) => h.host)).toEqual(['host-a', 'host-b']);
    await b.sync.stop();
    expect((await a.sync.shared.hosts(60_000)).map((h) => h.host)).toEqual(['host-a']);
  });

  it('keeps the newest versions and forgets hosts gone for a week, so the tables stay bounded', async () => {
    const shared = new PostgresSharedKnowledge(url(), () => {});
    onCleanup(() => shared.close());
    let last = 0;
    for (let i = 0; i < KEPT_VERSIONS + 5; i++)
      last = (await shared.publish(`hash-${i}`, `copy ${i}`, 'host-a', 'unlessSame')).version;
    expect((await shared.latest())?.version).toBe(last);
    expect((await shared.fetch(last))?.copy).toBe(`copy ${KEPT_VERSIONS + 4}`);
    expect(await shared.fetch(last - KEPT_VERSIONS + 1)).toBeDefined();
    expect(await shared.fetch(last - KEPT_VERSIONS)).toBeUndefined();
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM knowledge_versions');
      expect(rows[0]?.n).toBe(KEPT_VERSIONS);
      await shared.report({ host: 'gone', version: last });
      await client.query('UPDATE knowledge_hosts SET seen_at = seen_at - $1 - 1000 WHERE host = $2', [
        FORGOTTEN_HOST_MS,
        'gone',
      ]);
      await shared.report({ host: 'here', version: last });
      await shared.publish('hash-new', 'copy new', 'host-a', 'unlessSame');
      const hosts = await client.query<{ host: string }>('SELECT host FROM knowledge_hosts ORDER BY host');
      expect(hosts.rows.map((r) => r.host)).toEqual(['here']);
    } finally {
      await client.end();
    }
  });
});
