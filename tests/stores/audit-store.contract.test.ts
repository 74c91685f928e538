import { describe, expect, it } from 'vitest';
import type { ReloadEvent } from '../../src/stores/records.ts';
import { eachDatabase, IMPLEMENTATIONS } from '../support/store-implementations.ts';

const NOW = Date.UTC(2026, 10, 20, 12);

/** A reload at NOW + `later` ms. */
const reload = (later: number, fields: Partial<ReloadEvent> = {}): ReloadEvent => ({
  at: NOW + later,
  via: 'discord',
  by: 'admin (1600000000000000001)',
  ok: true,
  reason: undefined,
  entriesBefore: 56,
  entriesAfter: 57,
  added: ['new-entry'],
  removed: [],
  changed: ['karabakh-not-a-colony', 'chiragov'],
  ms: 80,
  ...fields,
});

describe.each(IMPLEMENTATIONS)('AuditStore contract: $name', (implementation) => {
  const db = eachDatabase(implementation);

  it('keeps every reload as recorded, newest first, as many as asked', async () => {
    const { audit } = db.stores();
    expect(await audit.reloads(5)).toEqual([]);
    const failed = reload(2, {
      via: 'watch',
      by: undefined,
      ok: false,
      reason: 'arguments/01.yaml: 2 problems',
      entriesBefore: undefined,
      entriesAfter: undefined,
      added: [],
      changed: [],
      ms: 12,
    });
    await audit.recordReload(reload(1));
    await audit.recordReload(failed);
    await audit.recordReload(reload(0, { via: 'console', by: undefined }));
    const [newest, ...rest] = await audit.reloads(5);
    expect(newest).toEqual(failed);
    expect(rest).toEqual([reload(1), reload(0, { via: 'console', by: undefined })]);
    expect(await audit.reloads(1)).toEqual([failed]);
  });

  it('gives the knowledge base version recorded last', async () => {
    const { audit } = db.stores();
    expect(await audit.latestVersion()).toBeUndefined();
    await audit.recordVersion({ at: NOW, hash: '0123456789abcdef', entries: 60 });
    await audit.recordVersion({ at: NOW + 1000, hash: 'fedcba9876543210', entries: 61 });
    expect(await audit.latestVersion()).toEqual({ at: NOW + 1000, hash: 'fedcba9876543210', entries: 61 });
    const other = await db.database().open();
    try {
      expect((await other.audit.latestVersion())?.hash).toBe('fedcba9876543210');
    } finally {
      await other.close();
    }
  });

  it('shows who ran a reload only to the server it was run from; purges by server and by age', async () => {
    const { audit } = db.stores();
    const HOME = '1300000000000000001';
    const OTHER = '1300000000000000002';
    await audit.recordReload(reload(0, { guildId: HOME }));
    await audit.recordReload(reload(1, { via: 'watch', by: undefined }));
    await audit.recordReload(reload(2, { guildId: OTHER, by: 'other admin (1600000000000000002)' }));
    const seenAtHome = await audit.reloads(5, HOME);
    expect(seenAtHome.map((r) => r.by)).toEqual([undefined, undefined, 'admin (1600000000000000001)']);
    expect((await audit.reloads(5)).map((r) => r.by)).toEqual([
      'other admin (1600000000000000002)',
      undefined,
      'admin (1600000000000000001)',
    ]);
    expect(await audit.countGuild(HOME)).toBe(1);
    expect(await audit.purgeGuild(HOME)).toBe(1);
    expect(await audit.countGuild(HOME)).toBe(0);
    expect(await audit.countGuild(OTHER)).toBe(1);
    expect((await audit.reloads(5)).map((r) => r.at)).toEqual([NOW + 2, NOW + 1]);
    expect(await audit.purgeBefore(NOW + 2)).toBe(1);
    expect((await audit.reloads(5)).map((r) => r.guildId)).toEqual([OTHER]);
  });
});
