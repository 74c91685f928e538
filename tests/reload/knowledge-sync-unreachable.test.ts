// When the database is out of reach (for one host, or for all), a host goes on serving its own
// files and shares what changed once it is back: the bot must not stop answering for the database.
import { describe, expect, it, vi } from 'vitest';
import { EXTRA_ENTRY } from '../support/reload-fixtures.ts';
import { postgresServer } from '../support/store-implementations.ts';
import { CONCLUSION, hostsPerTest } from '../support/sync-host.ts';
import { TcpGate } from '../support/tcp-gate.ts';

const server = postgresServer();

describe.runIf(server)('one knowledge version across hosts sharing PostgreSQL', () => {
  const { host, url, onCleanup } = hostsPerTest(server ?? '');

  /** A host that reaches the server through a gate the test can close and open again. */
  async function hostBehindGate(name: string) {
    const target = new URL(url());
    const gate = await TcpGate.closedBefore({ host: target.hostname, port: Number(target.port) });
    await gate.open();
    onCleanup(() => gate.close());
    const throughGate = new URL(url());
    throughGate.port = String(gate.port);
    return { behind: await host(name, false, throughGate.toString()), gate };
  }

  it('catches up on a version announced while it could not reach the server', async () => {
    const a = await host('host-a');
    const { behind: b, gate } = await hostBehindGate('host-b');
    expect(b.sync.serving).toBe(1);
    // The server goes away for host-b only; host-a publishes meanwhile, and host-b cannot hear it.
    await gate.close();
    await vi.waitFor(() =>
      expect(b.log.lines.map((l) => l.message)).toContainEqual(expect.stringMatching(/^not hearing of new knowledge/)),
    );
    await a.kb.write(CONCLUSION, (await a.kb.read(CONCLUSION)) + EXTRA_ENTRY);
    expect((await a.sync.reload({ via: 'console' })).published).toEqual({ version: 2 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(b.has('added-by-admin')).toBe(false);
    await gate.open();
    await vi.waitFor(() => expect(b.sync.serving).toBe(2), { timeout: 10_000, interval: 50 });
    expect(b.has('added-by-admin')).toBe(true);
  });

  it('shares a reload made while the server was out of reach once it is back; the same files once', async () => {
    const a = await host('host-a');
    const { behind: b, gate } = await hostBehindGate('host-b');
    await gate.close();
    await b.kb.write(CONCLUSION, (await b.kb.read(CONCLUSION)) + EXTRA_ENTRY);
    const offline = await b.sync.reload({ via: 'console' });
    expect(offline.published).toMatchObject({ later: true });
    expect(b.has('added-by-admin')).toBe(true);
    await gate.open();
    await vi.waitFor(() => expect(a.has('added-by-admin')).toBe(true), { timeout: 10_000, interval: 50 });
    expect(await a.sync.shared.latest()).toMatchObject({ version: 2 });
    // The same files reloaded again (as each shard of one host does) make no new version.
    expect((await b.sync.reload({ via: 'console' })).published).toEqual({ version: 2 });
    expect(await a.sync.shared.latest()).toMatchObject({ version: 2 });
  });

  it('starts on its own files when the server cannot be reached, and says it was not shared', async () => {
    const unreachable = 'postgres://nobody:secret@127.0.0.1:9/none';
    const started = Date.now();
    const lone = await host('host-lone', true, unreachable, 500);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(lone.sync.serving).toBeUndefined();
    expect(lone.has('added-by-admin')).toBe(true);
    expect((await lone.sync.reload({ via: 'console' })).published).toEqual({
      reason: expect.stringMatching(/ECONNREFUSED|connect/),
      later: true,
    });
  });
});
