import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../src/insights/open-services.ts';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { KeptLog } from '../support/insights-fixtures.ts';
import { ADMIN_PERMISSIONS, chatInput, GUILD_ID } from '../support/interactions.ts';
import { customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

const MEMBER = '1600000000000000041';
const admin = { permissions: ADMIN_PERMISSIONS };
const settingsCommand = (options: Record<string, unknown>[]) => chatInput('settings', options, admin);
const cooldown = (seconds: number) => ({ name: 'cooldown', type: 10, value: seconds });
/** The services as bin/main.ts opens them for the Discord bot, with INSIGHTS=off. */
const openOff = (dataDir: string, log: KeptLog) =>
  openServices({ INSIGHTS: false, INSIGHTS_RETENTION_DAYS: 90, DATA_DIR: dataDir }, log, { settings: true });
const ask = (question: string) =>
  chatInput('ask', [{ name: 'question', type: 3, value: question }], { userId: MEMBER });

let dir: string;
let services: Services;
let log: KeptLog;
let bot: BotHarness;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-settings-off-'));
  log = new KeptLog();
  services = await openOff(dir, log);
  bot = await startHarness({ insights: services.insights, settings: services.settings, config: { INSIGHTS: false } });
});
afterEach(async () => {
  await bot.stop();
  await services.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('/settings with INSIGHTS=off, through discord.js', () => {
  it('saves a cooldown, which the next /ask applies; nothing about questions or votes is recorded', async () => {
    const saved = messageOf((await bot.send(settingsCommand([cooldown(45)])))[0]);
    expect(saved.flags).toBe(EPHEMERAL);
    expect(saved.embeds).toHaveLength(1);
    expect(saved.embeds[0]?.title).toBe('Settings saved');
    const lines = (saved.embeds[0]?.description ?? '').split('\n');
    expect(lines[0]).toBe('**Answers to /ask:** public (default)');
    expect(lines[1]).toBe('**/ask cooldown:** 45 seconds');
    expect(lines[2]).toBe(
      '**Question text:** none recorded, insights are off (INSIGHTS=off); ' + 'when on: stored for /insights (default)',
    );
    expect(lines.slice(3)).toEqual([
      '**Mentions:** answered (default)',
      '**Public answers:** on (default)',
      '**Language:** each member’s Discord language: Turkish, Russian, else English (default)',
    ]);
    expect(await services.settings.get(GUILD_ID)).toEqual({ cooldownSeconds: 45 });

    const first = messageOf(await bot.reply(ask('was karabakh a colony?')));
    expect(first.embeds[0]?.title).toBe('Was Karabakh ever a colony?');
    expect(first.flags ?? 0).toBe(0);
    // No votes offered: insights are off.
    expect(customIds(first).filter((id) => id.startsWith('cp1:vote:'))).toEqual([]);
    const second = messageOf(await bot.reply(ask('chiragov v armenia')));
    expect(second.flags).toBe(EPHEMERAL);
    expect(second.embeds[0]?.title).toBe('One moment');
    const at = Number(/<t:(\d+):R>/.exec(second.embeds[0]?.description ?? '')?.[1]);
    // The server's 45 s, not the environment's 0.
    expect(at - Date.now() / 1000).toBeGreaterThan(40);
    expect(at - Date.now() / 1000).toBeLessThanOrEqual(46);

    // Nor is the audit trail: it belongs with insights.
    services.audit.recordVersion({ at: Date.now(), hash: '0123456789abcdef', entries: 60 });
    await services.insights.flush();
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('questions'), count('votes'), count('reloads'), count('versions')]).toEqual([0, 0, 0, 0]);
    expect(db.prepare('SELECT guild_id, visibility, cooldown_seconds, store_text FROM server_settings').all()).toEqual([
      { guild_id: GUILD_ID, visibility: null, cooldown_seconds: 45, store_text: null },
    ]);
    db.close();
    expect(log.lines).toEqual([]);
  });

  it('keeps a store_questions choice for when insights are on, and says nothing is recorded now', async () => {
    const options = [
      { name: 'answers', type: 3, value: 'ephemeral' },
      { name: 'store_questions', type: 5, value: false },
    ];
    const saved = messageOf((await bot.send(settingsCommand(options)))[0]);
    expect(saved.embeds[0]?.title).toBe('Settings saved');
    expect((saved.embeds[0]?.description ?? '').split('\n')).toEqual([
      '**Answers to /ask:** only the asker sees them',
      '**/ask cooldown:** 0 seconds (default)',
      '**Question text:** none recorded, insights are off (INSIGHTS=off); when on: not stored, outcomes only',
      '**Mentions:** answered (default)',
      '**Public answers:** on (default)',
      '**Language:** each member’s Discord language: Turkish, Russian, else English (default)',
      '',
      'Text already stored stays until it expires; `npm run insights -- --purge-guild <id>` deletes it now.',
    ]);
    const shown = messageOf((await bot.send(settingsCommand([])))[0]);
    expect(shown.embeds[0]?.title).toBe('Settings for this server');
    expect(shown.embeds[0]?.description).toBe(saved.embeds[0]?.description);
    expect(messageOf(await bot.reply(ask('was karabakh a colony?'))).flags).toBe(EPHEMERAL);
  });
});

describe('/settings when its database cannot be opened', () => {
  it('says why in terms of settings, and changes nothing', async () => {
    const blocked = path.join(dir, 'a-file-not-a-folder');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(blocked, 'DATA_DIR must be a folder');
    const broken = await openOff(blocked, log);
    const offline = await startHarness({ insights: broken.insights, settings: broken.settings });
    try {
      const refused = messageOf((await offline.send(settingsCommand([cooldown(5)])))[0]);
      expect(refused.embeds[0]?.title).toBe('Settings not saved');
      expect(refused.embeds[0]?.description).toMatch(/^The settings cannot be stored: .+\. Nothing changed\.$/);
      expect(refused.embeds[0]?.description).not.toMatch(/insights/i);
      expect(log.lines.map((l) => l.message)).toEqual([
        expect.stringMatching(/^settings unavailable: .+; servers get the defaults$/),
      ]);
      expect(existsSync(path.join(blocked, DATABASE_FILE))).toBe(false);
    } finally {
      await offline.stop();
      await broken.stop();
    }
  });
});
