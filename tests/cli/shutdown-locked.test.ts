import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { holdDatabaseLock } from '../../bench/database-lock.ts';
import { chatInput } from '../support/interactions.ts';
import { messageOf } from '../support/payloads.ts';
import { ROOT, UNSET_CONFIG } from '../support/run-cli.ts';
import { startStandInDiscord, type StandInDiscord } from '../support/stand-in-discord.ts';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.shutdown-locked-test-token';

let discord: StandInDiscord;
let dataDir: string;
beforeAll(async () => {
  discord = await startStandInDiscord();
  dataDir = await mkdtemp(path.join(tmpdir(), 'counterpoint-locked-'));
});
afterAll(async () => {
  await discord.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The bot's own lines of JSON log, parsed. */
const lines = (output: string) =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { msg: string; pid?: number; lost?: number; level: number });

describe('SIGTERM while another process holds the database locked', () => {
  it('answers on while locked, exits 0 within its deadline, the unwritten question logged and counted', async () => {
    const { gateway, rest } = discord;
    const child = spawn(process.execPath, ['scripts/run.mjs', 'main'], {
      cwd: ROOT,
      env: { ...process.env, ...UNSET_CONFIG, DISCORD_TOKEN: TOKEN, DISCORD_REST_API: rest.api, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await vi.waitFor(() => expect(output).toContain('"msg":"ready"'), { timeout: 20_000, interval: 50 });
      const holder = await holdDatabaseLock(dataDir, 30_000);
      const asked = performance.now();
      gateway.dispatch(
        'INTERACTION_CREATE',
        chatInput('ask', [{ name: 'question', type: 3, value: 'was karabakh a colony' }]),
      );
      // Acknowledged first, then answered by editing the acknowledgement.
      const answered = () => rest.requests.find((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
      await vi.waitFor(() => expect(answered()).toBeDefined(), { timeout: 10_000, interval: 20 });
      // Answered while the file is locked, in far less than the 5 s a write once waited on the lock.
      expect(performance.now() - asked).toBeLessThan(4_000);
      expect(messageOf(answered()).embeds[0]?.title).toBeTruthy();
      await new Promise((resolve) => setTimeout(resolve, 500)); // the question reaches the write queue
      const pid = lines(output).find((l) => l.msg === 'ready')?.pid ?? child.pid ?? 0;
      const stopping = performance.now();
      process.kill(pid, 'SIGTERM');
      expect(await exited).toBe(0);
      expect(performance.now() - stopping).toBeLessThan(9_500);
      const logged = lines(output);
      expect(logged.map((l) => l.msg)).toContainEqual(expect.stringMatching(/^database writes delayed: the database/));
      const lost = logged.find((l) => /could not be made before shutdown/.test(l.msg));
      expect(lost?.lost).toBe(1);
      expect(output).not.toMatch(/SIGABRT|Aborted|core dumped/);
      holder.stop();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
