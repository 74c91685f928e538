import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openSqliteStores } from '../../src/stores/sqlite/sqlite-stores.ts';
import { runScript } from '../support/run-cli.ts';

const CLI = 'src/cli/insights.ts';
const GUILD = '1300000000000000001';
const OTHER = '1300000000000000002';
let data: string;
beforeAll(async () => {
  data = await mkdtemp(path.join(tmpdir(), 'counterpoint-insights-cli-'));
  const stores = openSqliteStores(data);
  const at = Date.now();
  const q = (text: string, verdict: string, guildId = GUILD) => ({
    at,
    guildId,
    via: 'ask' as const,
    question: text,
    verdict,
    entryId: verdict === 'clear' ? 'karabakh-not-a-colony' : undefined,
    candidates: [],
    latencyMs: 1,
  });
  await stores.questions.record([
    q('Was Karabakh a colony?', 'clear'),
    q('Who won the world cup?', 'out-of-scope'),
    q('who won the world cup', 'not-answered'),
    q('What about "Lachin", then?', 'not-answered'),
    q('a question elsewhere', 'not-answered', OTHER),
  ]);
  await stores.audit.recordReload({
    at,
    via: 'discord',
    by: 'admin (1600000000000000001) in 1',
    ok: true,
    reason: undefined,
    entriesBefore: 56,
    entriesAfter: 57,
    added: ['x'],
    removed: [],
    changed: [],
    ms: 80,
  });
  await stores.settings.write(GUILD, { cooldownSeconds: 5 });
  await stores.settings.write(OTHER, { visibility: 'ephemeral', storeText: false });
  await stores.close();
});
afterAll(() => rm(data, { recursive: true, force: true }));

const run = (args: string[]) => runScript(CLI, args, { env: { DATA_DIR: data } });

describe('npm run insights', () => {
  it('prints what /insights shows, for one server or all', async () => {
    const all = await run([]);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^== Insights: the last 30 days ==\n5 questions, 20% answered\.\n/);
    expect(all.stdout).toContain('Top unanswered:\n  2× “who won the world cup”\n');
    expect(all.stdout).toContain('Most asked:\n  1× Was Karabakh ever a colony?\n');
    expect(all.stdout).toMatch(
      /Last reloads:\n {2}\d+ seconds? ago via discord by admin: 56 → 57 entries \(\+1 −0 ~0\)/,
    );
    const one = await run(['--guild', GUILD, '--days', '7']);
    expect(one.stdout).toMatch(/^== Insights: the last 7 days ==\n4 questions, 25% answered\./);
  });

  it('--json and --csv give the same figures to tools', async () => {
    const json = JSON.parse((await run(['--json'])).stdout);
    expect(json).toMatchObject({
      days: 30,
      asked: 5,
      answered: 1,
      unanswered: expect.arrayContaining([{ text: 'who won the world cup', count: 2 }]),
    });
    const csv = (await run(['--csv', '--guild', GUILD])).stdout.split('\n');
    expect(csv[0]).toBe('kind,item,count,helpful,not_helpful');
    expect(csv).toContain('total,asked,4,,');
    expect(csv).toContain('unanswered,who won the world cup,2,,');
    expect(csv).toContain('most_asked,karabakh-not-a-colony,1,0,0');
  });

  it('--unanswered-yaml writes candidate example questions with the entry left blank', async () => {
    const out = path.join(data, 'unanswered.yaml');
    const result = await run(['--unanswered-yaml', out]);
    expect(result.stdout).toBe(`Wrote 3 unanswered questions to ${out}.\n`);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/^# Unanswered questions of the last 30 days, most asked first/);
    expect(parse(text)).toEqual([
      { question: 'who won the world cup', count: 2, entry: null },
      { question: 'a question elsewhere', count: 1, entry: null },
      { question: 'what about lachin then', count: 1, entry: null },
    ]);
  });

  it('rejects bad flags with the usage, and --purge-guild deletes one server’s data', async () => {
    const bad = await run(['--days', 'week']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /--days must be a whole number of days from 1 to 3650, not "week"\nusage: npm run insights/,
    );
    const purged = await run(['--purge-guild', OTHER]);
    expect(purged.stdout).toBe(`Deleted 1 questions, 0 reloads and every vote and setting of server ${OTHER}.\n`);
    expect(JSON.parse((await run(['--json'])).stdout)).toMatchObject({ asked: 4 });
    // Its settings are gone too; another server's stay.
    const stores = openSqliteStores(data);
    expect(await stores.settings.read(OTHER)).toEqual({});
    expect((await stores.settings.read(GUILD)).cooldownSeconds).toBe(5);
    await stores.close();
  });

  it('with no database yet, says so', async () => {
    const empty = await runScript(CLI, [], { env: { DATA_DIR: path.join(data, 'nothing-here') } });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toMatch(/^Nothing recorded yet: there is no .*nothing-here\/counterpoint\.sqlite/);
  });

  it('with no database yet, --json is still JSON alone on standard output: the empty figures', async () => {
    const env = { DATA_DIR: path.join(data, 'nothing-here') };
    const empty = await runScript(CLI, ['--json', '--days', '7'], { env });
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout)).toMatchObject({ days: 7, asked: 0, perDay: [0, 0, 0, 0, 0, 0, 0], reloads: [] });
    expect(empty.stderr).toMatch(/^Nothing recorded yet/);
    const csv = await runScript(CLI, ['--csv'], { env });
    expect(csv.stdout.split('\n')[0]).toBe('kind,item,count,helpful,not_helpful');
  });
});
