import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscordRest } from '../support/fake-discord-rest.ts';
import { APP_ID, GUILD_ID } from '../support/interactions.ts';
import { runScript } from '../support/run-cli.ts';

const DEPLOY = 'bin/deploy-commands.ts';
const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.deploy-test-token-value';

let rest: FakeDiscordRest;
beforeEach(async () => {
  rest = await new FakeDiscordRest().start();
});
afterEach(() => rest.stop());

const env = (extra: NodeJS.ProcessEnv = {}) => ({
  DISCORD_TOKEN: TOKEN,
  DISCORD_CLIENT_ID: APP_ID,
  DISCORD_REST_API: rest.api,
  ...extra,
});
const names = (body: unknown) => (Array.isArray(body) ? body.map((c: { name?: unknown }) => c.name) : []);

describe('npm run deploy-commands', () => {
  it('registers every command globally in one bulk overwrite', async () => {
    const run = await runScript(DEPLOY, [], { env: env() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(rest.requests).toHaveLength(1);
    const [put] = rest.requests;
    expect(put).toMatchObject({ method: 'PUT', path: `/api/v10/applications/${APP_ID}/commands` });
    expect(put?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(names(put?.body)).toEqual([
      'ask',
      'section',
      'source',
      'help',
      'reload',
      'insights',
      'settings',
      'privacy',
      'Counter with the article',
    ]);
    expect(put?.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Counter with the article', type: 3, contexts: [0] })]),
    );
    expect(run.stdout).toMatch(
      new RegExp(
        /^Registered 9 commands globally .*: \/ask, \/section, \/source, \/help, \/reload, \/insights, /.source +
          /\/settings, \/privacy, “Counter with the article” \(message menu\)\n$/.source,
      ),
    );
  });

  it('registers slash commands under COMMAND_PREFIX, permissions as they were; the message command as is', async () => {
    const run = await runScript(DEPLOY, [], { env: env({ COMMAND_PREFIX: 'cp-' }) });
    expect(run.code).toBe(0);
    const body = rest.requests[0]?.body as { name: string; default_member_permissions?: string }[];
    expect(names(body)).toEqual([
      'cp-ask',
      'cp-section',
      'cp-source',
      'cp-help',
      'cp-reload',
      'cp-insights',
      'cp-settings',
      'cp-privacy',
      'Counter with the article',
    ]);
    // Only the name changes: admin commands stay for Manage Server (32) until a server grants them.
    expect(body.find((c) => c.name === 'cp-insights')?.default_member_permissions).toBe('32');
    expect(body.find((c) => c.name === 'cp-ask')?.default_member_permissions).toBeUndefined();
    expect(run.stdout).toContain(': /cp-ask, /cp-section,');
  });

  it('refuses a COMMAND_PREFIX Discord would not take as a command name, before calling it', async () => {
    const run = await runScript(DEPLOY, [], { env: env({ COMMAND_PREFIX: 'Counter Point ' }) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('COMMAND_PREFIX: must be 1–20 lower-case letters, digits, - or _, e.g. cp-');
    expect(rest.requests).toHaveLength(0);
  });

  it('registers in DISCORD_GUILD_ID when set', async () => {
    const run = await runScript(DEPLOY, [], { env: env({ DISCORD_GUILD_ID: GUILD_ID }) });
    expect(run.code).toBe(0);
    expect(rest.requests[0]?.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(run.stdout).toContain(`in guild ${GUILD_ID}`);
  });

  it('--clear removes a test server’s commands (one empty overwrite) when the global ones show too', async () => {
    const run = await runScript(DEPLOY, ['--clear'], { env: env({ DISCORD_GUILD_ID: GUILD_ID }) });
    expect(run.code).toBe(0);
    expect(rest.requests).toHaveLength(1);
    expect(rest.requests[0]).toMatchObject({
      method: 'PUT',
      path: `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
      body: [],
    });
    expect(run.stdout).toBe(`Removed every command from guild ${GUILD_ID}.\n`);
  });

  it('exits non-zero with a clear message when Discord refuses', async () => {
    rest.override = () => ({ status: 401, json: { code: 0, message: '401: Unauthorized' } });
    const run = await runScript(DEPLOY, [], { env: env() });
    expect(run.code).toBe(1);
    // Discord's message already starts with the status: it is not printed twice.
    expect(run.stderr).toMatch(
      new RegExp(
        /^Discord refused the commands: 401: Unauthorized \(code 0\)\. Check DISCORD_TOKEN \(reset it in /.source +
          /the Developer Portal if it leaked or changed\)\.\n$/.source,
      ),
    );
    expect(run.stderr).not.toContain(TOKEN);
  });

  it('never prints the token, even when the endpoint echoes it back in its error', async () => {
    rest.override = (r) => ({
      status: 401,
      json: { code: 0, message: `bad token ${String(r.headers.authorization)} \u001b[31m(see docs)` },
    });
    const run = await runScript(DEPLOY, [], { env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'Discord refused the commands: 401 bad token Bot [redacted] (see docs) (code 0). Check DISCORD_TOKEN ' +
        '(reset it in the Developer Portal if it leaked or changed).\n',
    );
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('a network failure is called one, not a refusal, and names DISCORD_REST_API', async () => {
    // A loopback port nothing listens on: the connection is refused at once.
    const closed = await new FakeDiscordRest().start();
    const api = closed.api;
    await closed.stop();
    const run = await runScript(DEPLOY, [], { env: env({ DISCORD_REST_API: api }), timeoutMs: 60_000 });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        /^Could not reach Discord: .*ECONNREFUSED.*\. Check the network and DISCORD_REST_API /.source +
          /\(http:\/\/127\.0\.0\.1:\d+\/api\); nothing was registered\.\n$/.source,
      ),
    );
    expect(run.stderr).not.toContain('refused the commands');
  });

  it('exits non-zero naming what is missing, before calling Discord', async () => {
    const run = await runScript(DEPLOY, [], { env: { DISCORD_REST_API: rest.api } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DISCORD_TOKEN: required here[\s\S]*DISCORD_CLIENT_ID: required here/);
    expect(rest.requests).toHaveLength(0);
  });
});
