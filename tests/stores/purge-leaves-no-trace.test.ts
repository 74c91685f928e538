import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../src/insights/open-services.ts';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { GUILD, KeptLog, question, tempInsights, type TempInsights } from '../support/insights-fixtures.ts';

let temp: TempInsights;
let services: Services;
beforeEach(async () => {
  temp = await tempInsights();
  await temp.close();
  services = await openServices({ INSIGHTS: true, INSIGHTS_RETENTION_DAYS: 90, DATA_DIR: temp.dir }, new KeptLog());
});
afterEach(async () => {
  await services.stop(1_000);
  await temp.dispose();
});

/** Every byte the database keeps on disk: the file, its write-ahead log and its shared memory. */
async function bytesOnDisk(): Promise<string> {
  const file = path.join(temp.dir, DATABASE_FILE);
  const parts = [file, `${file}-wal`, `${file}-shm`].filter((f) => existsSync(f));
  return (await Promise.all(parts.map((f) => readFile(f, 'latin1')))).join('');
}

const SECRET = 'zanzibar quokka marmalade'; // a question no one else would ask
const USER = '1600000000000000001';
const OTHER_GUILD = '1300000000000000002';

describe('deleting leaves nothing readable in the file', () => {
  it('/privacy forget-me: the asker’s text is gone from every byte; another person’s stays', async () => {
    const { insights, forgetting } = services;
    insights.record(question(Date.now(), `${SECRET} from them`), USER);
    insights.record(question(Date.now(), 'kept: another person asked this'), '1600000000000000002');
    await insights.flush();
    expect(await bytesOnDisk()).toContain(SECRET);
    expect(await forgetting.forgetUser(USER)).toEqual({ kind: 'done', questions: 1 });
    const bytes = await bytesOnDisk();
    expect(bytes).not.toContain(SECRET);
    expect(bytes).not.toContain(USER);
    expect((await insights.summary(1, GUILD))?.unanswered).toEqual([
      { text: 'kept another person asked this', count: 1 },
    ]);
  });

  it('forget-server: the server’s questions, settings and reloads are gone from every byte', async () => {
    const { insights, forgetting, settings, audit } = services;
    insights.record(question(Date.now(), `${SECRET} in this server`), USER);
    insights.record(question(Date.now(), 'kept: asked in another server', 'not-answered', OTHER_GUILD), USER);
    await settings.save(GUILD, { cooldownSeconds: 42 });
    audit.recordReload({ ...reloadBy('quokka-admin#0001 (1600000000000000003)'), guildId: GUILD });
    await insights.flush();
    expect(await bytesOnDisk()).toContain('quokka-admin');
    expect(await forgetting.forgetGuild(GUILD)).toEqual({ kind: 'done', questions: 1 });
    const bytes = await bytesOnDisk();
    expect(bytes).not.toContain(SECRET);
    expect(bytes).not.toContain('quokka-admin');
    expect(bytes).toContain('kept: asked in another server');
    expect(await settings.get(GUILD)).toEqual({});
  });

  it('the retention purge: expired text is gone from every byte', async () => {
    const { insights } = services;
    insights.record(question(Date.now() - 100 * 86_400_000, `${SECRET} long ago`));
    await insights.flush();
    expect(await insights.purgeExpired(90)).toBe(1);
    expect(await bytesOnDisk()).not.toContain(SECRET);
  });
});

const reloadBy = (by: string) => ({
  at: Date.now(),
  via: 'discord',
  by,
  ok: true,
  reason: undefined,
  entriesBefore: 1,
  entriesAfter: 1,
  added: [],
  removed: [],
  changed: [],
  ms: 1,
});
