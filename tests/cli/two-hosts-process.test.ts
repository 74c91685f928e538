// Two hosts, as an operator runs them: `npm run start:sharded` twice, each with its own SHARD_IDS,
// knowledge files and DATA_DIR, sharing one PostgreSQL server (a throw-away cluster of this test's
// own, since the test stops it) and one stand-in Discord on 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { ADMIN_PERMISSIONS, GUILD_ID, chatInput } from '../support/interactions.ts';
import { messageOf } from '../support/payloads.ts';
import { findPostgresBinaries, startThrowAwayCluster, type PostgresServer } from '../support/postgres-cluster.ts';
import { EXTRA_ENTRY } from '../support/reload-fixtures.ts';
import { ROOT, UNSET_CONFIG } from '../support/run-cli.ts';
import { startStandInDiscord, type StandInDiscord } from '../support/stand-in-discord.ts';

const binaries = findPostgresBinaries();
const CONCLUSION = 'arguments/08-conclusion.yaml';
const PRIVACY_KEY = randomBytes(32).toString('hex');

interface Host {
  readonly child: ChildProcess;
  readonly kb: KnowledgeCopy;
  readonly data: string;
  output: string;
}

describe.runIf(binaries)('two hosts sharing PostgreSQL, each running some of the shards', () => {
  let cluster: PostgresServer;
  let discord: StandInDiscord;
  const hosts: Host[] = [];
  beforeAll(async () => {
    [cluster, discord] = await Promise.all([startThrowAwayCluster(binaries ?? ''), startStandInDiscord()]);
  }, 60_000);
  afterAll(async () => {
    for (const h of hosts) {
      if (h.child.pid) process.kill(-h.child.pid, 'SIGKILL');
      await h.kb.dispose();
      await rm(h.data, { recursive: true, force: true });
    }
    await discord.stop();
    await cluster.stop();
  });

  async function startHost(name: string, shard: number): Promise<Host> {
    const kb = await copyKnowledge();
    const data = await mkdtemp(path.join(tmpdir(), `counterpoint-${name}-`));
    const child = spawn('npm', ['run', 'start:sharded', '--silent'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...UNSET_CONFIG,
        DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.two-hosts-test',
        DISCORD_REST_API: discord.rest.api,
        TOTAL_SHARDS: '2',
        SHARD_IDS: String(shard),
        HOST_NAME: name,
        KNOWLEDGE_DIR: kb.dir,
        DATA_DIR: data,
        DATABASE_URL: cluster.url,
        PRIVACY_KEY,
        HOME_GUILD_ID: GUILD_ID,
        // Words alone: the test is about hosts, and two embedding models would double its memory.
        MATCHER: 'lexical',
        ASK_COOLDOWN_SECONDS: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const host: Host = { child, kb, data, output: '' };
    const keep = (chunk: Buffer) => {
      host.output += chunk.toString();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    hosts.push(host);
    await vi.waitFor(() => expect(host.output).toContain('"msg":"ready"'), { timeout: 40_000, interval: 100 });
    return host;
  }

  /** Sends an interaction to a shard and resolves with the message it ends with. */
  async function ask(shard: number, interaction: ReturnType<typeof chatInput>) {
    const { rest, gateway } = discord;
    const before = rest.requests.length;
    gateway.dispatch('INTERACTION_CREATE', interaction, gateway.shards.get(shard));
    // Acknowledged first (a deferral), then the answer edits it in.
    await vi.waitFor(() => expect(rest.requests.slice(before).some((r) => r.method === 'PATCH')).toBe(true), {
      timeout: 20_000,
      interval: 50,
    });
    return messageOf(rest.requests.slice(before).find((r) => r.method === 'PATCH'));
  }
  const question = (text: string) => chatInput('ask', [{ name: 'question', type: 3, value: text }]);
  const questionsStored = async () => {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      return Number((await client.query('SELECT count(*) AS n FROM questions')).rows[0].n);
    } finally {
      await client.end();
    }
  };

  it('serve one knowledge version, pool their insights, and lose nothing while the server is down', async () => {
    // Each host runs one shard of two: host-a shard 0, host-b shard 1.
    const [a] = await Promise.all([startHost('host-a', 0), startHost('host-b', 1)]);
    const [onA, onB] = [0, 1];

    // host-a's files change; its /reload reaches host-b, whose own files did not change.
    await a.kb.write(CONCLUSION, (await a.kb.read(CONCLUSION)) + EXTRA_ENTRY);
    const [report] = (await ask(onA, chatInput('reload', [], { permissions: ADMIN_PERMISSIONS }))).embeds;
    const reloaded = Date.now();
    expect(report?.title).toBe('Knowledge base reloaded: version 2');
    expect(report?.fields?.[0]).toEqual({
      name: 'Hosts',
      value: '2 of 2 hosts serve version 2: `host-a/shard-0`, `host-b/shard-1`.',
    });
    expect((await ask(onB, question('quokkaland'))).embeds[0]?.title).toBe('Is this an entry an admin added?');
    expect(Date.now() - reloaded).toBeLessThan(2_000);

    // With DATABASE_URL, neither host made a SQLite file.
    for (const h of hosts) {
      const files = await readdir(h.data, { recursive: true });
      expect(files.filter((f) => /\.(db|sqlite\d?)(-wal|-shm)?$/.test(f))).toEqual([]);
    }

    // /insights on either host counts the questions asked on both.
    await ask(onA, question('was karabakh a colony'));
    await vi.waitFor(async () => expect(await questionsStored()).toBe(2), { timeout: 10_000, interval: 200 });
    const [insights] = (await ask(onA, chatInput('insights', [], { permissions: ADMIN_PERMISSIONS }))).embeds;
    expect(insights?.description).toMatch(/^\*\*2\*\* questions/);

    // The server stops for 5 s: questions asked meanwhile are answered, and stored once it is back.
    await cluster.halt();
    for (const socket of [onA, onB]) {
      expect((await ask(socket, question('Turkey sent jihadist mercenaries'))).embeds.length).toBe(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await cluster.resume();
    await vi.waitFor(async () => expect(await questionsStored()).toBe(4), { timeout: 20_000, interval: 250 });
  }, 150_000);
});
