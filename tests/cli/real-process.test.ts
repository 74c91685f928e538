import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FakeDiscordRest } from '../support/fake-discord-rest.ts';
import type { FakeGateway } from '../support/fake-gateway.ts';
import { startStandInDiscord, type StandInDiscord } from '../support/stand-in-discord.ts';
import { APP_ID, chatInput } from '../support/interactions.ts';
import { BOT_PERMISSIONS } from '../../src/config/invite.ts';
import { BOT_NODE_FLAGS } from '../../src/config/node-flags.ts';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { messageOf } from '../support/payloads.ts';
import { ROOT, UNSET_CONFIG } from '../support/run-cli.ts';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.real-process-test-token';

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

describe('npm start with a token, against a stand-in Discord on 127.0.0.1', () => {
  it('logs in with the Guilds intent, answers an /ask, and stops cleanly on SIGTERM', async () => {
    const started = Date.now();
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      // Configured as a user would start out: .env.example's values, plus a token and the stand-in.
      env: {
        ...process.env,
        ...UNSET_CONFIG,
        ...parseEnv(readFileSync(path.join(ROOT, '.env.example'), 'utf8')),
        DISCORD_TOKEN: TOKEN,
        DISCORD_REST_API: rest.api,
        DATA_DIR: UNSET_CONFIG.DATA_DIR,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await vi.waitFor(() => expect(output).toContain('"msg":"ready"'), { timeout: 20_000, interval: 50 });
      const ready = JSON.parse(output.split('\n').find((l) => l.includes('"msg":"ready"')) ?? '{}');
      expect(ready).toMatchObject({ level: 30, user: 'counterpoint', guilds: 1, sources: 1, sections: 8, entries: 60 });
      // The link that adds the bot, with exactly the permissions it needs, for whoever reads the log.
      expect(ready.invite).toBe(
        `https://discord.com/oauth2/authorize?client_id=${APP_ID}&scope=bot+applications.commands` +
          `&permissions=${BOT_PERMISSIONS}`,
      );

      const identify = gateway.received.find((f) => f.op === 2);
      expect(identify?.d).toMatchObject({ token: TOKEN, intents: 1 + 512 });

      gateway.dispatch(
        'INTERACTION_CREATE',
        chatInput('ask', [{ name: 'question', type: 3, value: 'who rejects internal self determination?' }]),
      );
      // Acknowledged first (a deferral), then the answer edits it in.
      await vi.waitFor(() => expect(rest.requests.some((r) => r.path.endsWith('/messages/@original'))).toBe(true), {
        timeout: 10_000,
        interval: 20,
      });
      expect(rest.requests.find((r) => r.path.endsWith('/callback'))?.body).toMatchObject({ type: 5 });
      const reply = messageOf(rest.requests.find((r) => r.path.endsWith('/messages/@original')));
      expect(reply.embeds[0]?.title).toBe('Which side has blocked a peaceful settlement?');
      expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });

      // The bot's own pid, from its log line (npm and a shell stand between it and the child).
      expect(ready.pid).not.toBe(child.pid);
      // …running with the flags that keep its memory near ready (src/config/node-flags.ts).
      const args = readFileSync(`/proc/${ready.pid}/cmdline`, 'utf8').split('\0');
      for (const flag of BOT_NODE_FLAGS) expect(args).toContain(flag);
      process.kill(ready.pid, 'SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('"msg":"shutting down"');
      expect(output).not.toContain(TOKEN);
      // The question was recorded by the compiled insights writer thread, written before the exit.
      const db = new Database(path.join(UNSET_CONFIG.DATA_DIR ?? '', DATABASE_FILE), { readonly: true });
      const recorded = db
        .prepare('SELECT via, verdict, entry_id AS entry FROM questions WHERE question = ? AND at >= ?')
        .all('who rejects internal self determination?', started);
      db.close();
      expect(recorded).toEqual([
        { via: 'ask', verdict: expect.stringMatching(/^(clear|close)$/), entry: 'armenia-rejects-autonomy' },
      ]);
      expect(output).not.toMatch(/insights unavailable|writer thread stopped/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      const pid = JSON.parse(output.split('\n').find((l) => l.includes('"pid"')) ?? '{}').pid;
      if (typeof pid === 'number')
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
    }
  }, 40_000);
});
