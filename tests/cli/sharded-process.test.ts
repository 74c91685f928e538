import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FakeDiscordRest } from '../support/fake-discord-rest.ts';
import type { FakeGateway } from '../support/fake-gateway.ts';
import { startStandInDiscord, type StandInDiscord } from '../support/stand-in-discord.ts';
import { ADMIN_PERMISSIONS, GUILD_ID, chatInput } from '../support/interactions.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { messageOf } from '../support/payloads.ts';
import { EXTRA_ENTRY } from '../support/reload-fixtures.ts';
import { ROOT, UNSET_CONFIG } from '../support/run-cli.ts';
import { BOT_NODE_FLAGS } from '../../src/config/node-flags.ts';

let discord: StandInDiscord;
let rest: FakeDiscordRest;
let gateway: FakeGateway;
let kb: KnowledgeCopy;
beforeAll(async () => {
  discord = await startStandInDiscord();
  ({ gateway, rest } = discord);
  kb = await copyKnowledge();
});
afterAll(async () => {
  await discord.stop();
  await kb.dispose();
});

describe('npm run start:sharded with two shards, against a stand-in Discord on 127.0.0.1', () => {
  it('a /reload on one shard reloads both, and the report shows each shard', async () => {
    const child = spawn('npm', ['run', 'start:sharded', '--silent'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...UNSET_CONFIG,
        DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.sharded-test',
        DISCORD_REST_API: rest.api,
        TOTAL_SHARDS: '2',
        KNOWLEDGE_DIR: kb.dir,
        // /reload acts on every server: the admins of the bot's home server may run it.
        HOME_GUILD_ID: GUILD_ID,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group: the manager and both shards stop together
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    try {
      await vi.waitFor(() => expect(output.match(/"msg":"ready"/g)).toHaveLength(2), {
        timeout: 40_000,
        interval: 100,
      });
      // Each shard is its own process, with the flags that keep its memory near ready.
      for (const line of output.split('\n').filter((l) => l.includes('"msg":"ready"'))) {
        const args = readFileSync(`/proc/${JSON.parse(line).pid}/cmdline`, 'utf8').split('\0');
        for (const flag of BOT_NODE_FLAGS) expect(args).toContain(flag);
      }
      const [first, second] = gateway.sockets;
      await kb.write('arguments/08-conclusion.yaml', (await kb.read('arguments/08-conclusion.yaml')) + EXTRA_ENTRY);

      gateway.dispatch('INTERACTION_CREATE', chatInput('reload', [], { permissions: ADMIN_PERMISSIONS }), first);
      await vi.waitFor(() => expect(rest.requests.some((r) => r.method === 'PATCH')).toBe(true), {
        timeout: 15_000,
        interval: 50,
      });
      const [embed] = messageOf(rest.requests.find((r) => r.method === 'PATCH')).embeds;
      expect(embed?.title).toBe('Knowledge base reloaded on all 2 shards');
      expect(embed?.description?.split('\n')).toEqual([
        expect.stringMatching(/^Shard 0: reloaded\. Sources 1 → 1, sections 8 → 8, entries 60 → 61; took \d+ ms\.$/),
        expect.stringMatching(/^Shard 1: reloaded\. Sources 1 → 1, sections 8 → 8, entries 60 → 61; took \d+ ms\.$/),
      ]);
      expect(embed?.fields?.[0]).toEqual({ name: 'Added (1)', value: 'added-by-admin' });

      // The other shard answers from the new knowledge base too.
      const before = rest.requests.length;
      gateway.dispatch(
        'INTERACTION_CREATE',
        chatInput('ask', [{ name: 'question', type: 3, value: 'quokkaland' }]),
        second,
      );
      // Acknowledged first (a deferral), then the answer edits it in.
      await vi.waitFor(() => expect(rest.requests.length).toBeGreaterThan(before + 1), {
        timeout: 10_000,
        interval: 50,
      });
      expect(messageOf(rest.requests.at(-1)).embeds[0]?.title).toBe('Is this an entry an admin added?');
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }
  }, 90_000);
});
