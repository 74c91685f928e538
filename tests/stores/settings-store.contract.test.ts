import { describe, expect, it } from 'vitest';
import { eachDatabase, IMPLEMENTATIONS } from '../support/store-implementations.ts';

const GUILD = '1300000000000000001';
const OTHER = '1300000000000000002';

describe.each(IMPLEMENTATIONS)('SettingsStore contract: $name', (implementation) => {
  const db = eachDatabase(implementation);

  it('a server with none has none', async () => {
    expect(await db.stores().settings.read(GUILD)).toEqual({});
  });

  it('reads back each value as written, and a later write replaces the whole', async () => {
    const { settings } = db.stores();
    await settings.write(GUILD, { visibility: 'ephemeral', cooldownSeconds: 2.5, storeText: false });
    const read = await settings.read(GUILD);
    expect(read.visibility).toBe('ephemeral');
    expect(read.cooldownSeconds).toBe(2.5);
    expect(read.storeText).toBe(false);
    await settings.write(GUILD, { cooldownSeconds: 0 });
    const replaced = await settings.read(GUILD);
    expect(replaced.visibility).toBeUndefined();
    // 0 is a value of its own (no cooldown), not the default.
    expect(replaced.cooldownSeconds).toBe(0);
    expect(replaced.storeText).toBeUndefined();
    await settings.write(GUILD, { visibility: 'public', storeText: true });
    expect(await settings.read(GUILD)).toEqual({
      visibility: 'public',
      cooldownSeconds: undefined,
      storeText: true,
      mentions: undefined,
      publicAnswers: undefined,
    });
  });

  it('keeps the switches for mentions and public answers, each on, off or unset (the default)', async () => {
    const { settings } = db.stores();
    await settings.write(GUILD, { mentions: false, publicAnswers: false });
    expect(await settings.read(GUILD)).toMatchObject({ mentions: false, publicAnswers: false });
    await settings.write(GUILD, { mentions: true, cooldownSeconds: 3 });
    const read = await settings.read(GUILD);
    expect(read.mentions).toBe(true);
    expect(read.publicAnswers).toBeUndefined();
    expect(read.cooldownSeconds).toBe(3);
  });

  it("keeps a server's language, and none means each member's own", async () => {
    const { settings } = db.stores();
    await settings.write(GUILD, { language: 'hy', cooldownSeconds: 3 });
    expect(await settings.read(GUILD)).toMatchObject({ language: 'hy', cooldownSeconds: 3 });
    await settings.write(GUILD, { language: 'tr' });
    expect((await settings.read(GUILD)).language).toBe('tr');
    await settings.write(GUILD, { cooldownSeconds: 3 });
    expect((await settings.read(GUILD)).language).toBeUndefined();
  });

  it('keeps servers apart, and forgets one on request', async () => {
    const { settings } = db.stores();
    await settings.write(GUILD, { cooldownSeconds: 10 });
    await settings.write(OTHER, { cooldownSeconds: 20 });
    expect((await settings.read(GUILD)).cooldownSeconds).toBe(10);
    await settings.forget(GUILD);
    expect(await settings.read(GUILD)).toEqual({});
    expect((await settings.read(OTHER)).cooldownSeconds).toBe(20);
  });

  it('shows what one connection saved to the next, as shards share one database', async () => {
    await db.stores().settings.write(GUILD, { visibility: 'ephemeral' });
    const other = await db.database().open();
    try {
      expect((await other.settings.read(GUILD)).visibility).toBe('ephemeral');
    } finally {
      await other.close();
    }
  });
});
