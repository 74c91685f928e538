import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEPLOY, deployEnv, TOKEN } from '../support/deploy-run.ts';
import { FakeDiscordRest } from '../support/fake-discord-rest.ts';
import { APP_ID, GUILD_ID } from '../support/interactions.ts';
import { runScript } from '../support/run-cli.ts';

let rest: FakeDiscordRest;
beforeEach(async () => {
  rest = await new FakeDiscordRest().start();
});
afterEach(() => rest.stop());

const env = (extra: NodeJS.ProcessEnv = {}) => deployEnv(rest.api, extra);
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
});
