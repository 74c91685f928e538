import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeDiscordRest } from '../support/fake-discord-rest.ts';
import type { FakeGateway } from '../support/fake-gateway.ts';
import { startStandInDiscord, type StandInDiscord } from '../support/stand-in-discord.ts';
import { ROOT, runScript, TS_LOADER, UNSET_CONFIG } from '../support/run-cli.ts';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.gateway-failure-test-token';

let discord: StandInDiscord;
let rest: FakeDiscordRest;
let gateway: FakeGateway;
beforeAll(async () => {
  discord = await startStandInDiscord();
  ({ gateway, rest } = discord);
});
afterAll(async () => {
  await discord.stop();
});

/** `npm start` with a token against the stand-ins; the test reads its output and exit code. */
function startBot() {
  const child = spawn(process.execPath, ['--import', TS_LOADER, 'bin/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...UNSET_CONFIG, DISCORD_TOKEN: TOKEN, DISCORD_REST_API: rest.api, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => {
    out.stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out.stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const logs = () =>
    out.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { child, out, exited, logs };
}

describe('gateway closes, against a stand-in gateway on 127.0.0.1', () => {
  it('an ordinary close is logged and resumed; a 4004 (token reset) exits 78 with one line: what to do', async () => {
    const bot = startBot();
    try {
      await vi.waitFor(() => expect(bot.out.stdout).toContain('"msg":"ready"'), { timeout: 20_000, interval: 50 });
      gateway.close(4000);
      await vi.waitFor(() => expect(bot.logs().map((l) => l.msg)).toContain('gateway session resumed'), {
        timeout: 15_000,
        interval: 50,
      });
      expect(bot.logs().find((l) => l.msg === 'gateway connection lost; reconnecting')).toMatchObject({
        level: 40,
        shard: 0,
      });

      gateway.close(4004);
      expect(await bot.exited).toBe(78);
      const fatal = bot.logs().find((l) => l.level === 60);
      expect(fatal).toMatchObject({
        shard: 0,
        code: 4004,
        msg: expect.stringMatching(
          /^Discord rejected the token \(close 4004, authentication failed\): reset the token/,
        ),
      });
      expect(bot.out.stderr.trim()).toBe(fatal?.msg);
      expect(bot.out.stdout + bot.out.stderr).not.toContain(TOKEN);
    } finally {
      bot.child.kill('SIGKILL');
    }
  }, 60_000);

  it('a close over a disallowed intent (4014) says which setting to change', async () => {
    const bot = startBot();
    try {
      await vi.waitFor(() => expect(bot.out.stdout).toContain('"msg":"ready"'), { timeout: 20_000, interval: 50 });
      gateway.close(4014);
      expect(await bot.exited).toBe(78);
      expect(bot.out.stderr).toContain('Privileged Gateway Intents');
    } finally {
      bot.child.kill('SIGKILL');
    }
  }, 60_000);
});

describe('npm run start:sharded with a token Discord rejects', () => {
  it.each([['auto'], ['1']])(
    'TOTAL_SHARDS=%s: exits 1 with a clear line, no stack trace',
    async (shards) => {
      const refusing = await new FakeDiscordRest().start();
      refusing.override = () => ({ status: 401, json: { message: '401: Unauthorized', code: 0 } });
      try {
        const child = spawn(process.execPath, ['--import', TS_LOADER, 'src/sharded.ts'], {
          cwd: ROOT,
          env: {
            ...process.env,
            ...UNSET_CONFIG,
            DISCORD_TOKEN: TOKEN,
            DISCORD_REST_API: refusing.api,
            TOTAL_SHARDS: shards,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
        });
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
        expect(code).toBe(1);
        expect(stderr).toMatch(/Discord rejected the token|could not get ready/);
        expect(stderr).not.toMatch(/^\s+at /m);
        expect(stdout + stderr).not.toContain(TOKEN);
      } finally {
        await refusing.stop();
      }
    },
    60_000,
  );
});

describe('npm start with a token Discord rejects', () => {
  it('exits 1 with one line saying what to do, and no stack trace', async () => {
    const refusing = await new FakeDiscordRest().start();
    refusing.override = () => ({ status: 401, json: { message: '401: Unauthorized', code: 0 } });
    try {
      const run = await runScript('bin/main.ts', [], {
        env: { DISCORD_TOKEN: TOKEN, DISCORD_REST_API: refusing.api },
        timeoutMs: 30_000,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/Discord rejected the token/);
      expect(run.stdout + run.stderr).not.toMatch(/\bat .+\(.+:\d+:\d+\)|"stack"/);
      expect(run.stdout + run.stderr).not.toContain(TOKEN);
    } finally {
      await refusing.stop();
    }
  }, 60_000);
});
