import { describe, expect, it } from 'vitest';
import { APP_ID } from '../support/interactions.ts';
import { runScript } from '../support/run-cli.ts';

const INVITE = 'src/cli/invite.ts';

describe('npm run invite', () => {
  it('prints the link that adds the bot with its commands and exactly the permissions it needs', async () => {
    const run = await runScript(INVITE, [], { env: { DISCORD_CLIENT_ID: APP_ID } });
    expect(run.code).toBe(0);
    const url = new URL(run.stdout.trim());
    expect(`${url.origin}${url.pathname}`).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(APP_ID);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channels, Send Messages, Embed Links, Read Message History, Send Messages in Threads; nothing else.
    const bits = BigInt(url.searchParams.get('permissions') ?? '0');
    expect([...Array(50).keys()].filter((bit) => (bits >> BigInt(bit)) & 1n)).toEqual([10, 11, 14, 16, 38]);
    expect(run.stderr).toBe('');
  });

  it('without DISCORD_CLIENT_ID says which variable to set', async () => {
    const run = await runScript(INVITE);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("DISCORD_CLIENT_ID: required here (the application's id)");
    expect(run.stdout).toBe('');
  });
});
