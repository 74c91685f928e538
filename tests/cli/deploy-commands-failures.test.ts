// How `npm run deploy-commands` fails: before calling Discord when its configuration is wrong, with
// a clear message when Discord refuses or cannot be reached, and never printing the token.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEPLOY, deployEnv, TOKEN } from '../support/deploy-run.ts';
import { FakeDiscordRest } from '../support/fake-discord-rest.ts';
import { runScript } from '../support/run-cli.ts';

let rest: FakeDiscordRest;
beforeEach(async () => {
  rest = await new FakeDiscordRest().start();
});
afterEach(() => rest.stop());

const env = (extra: NodeJS.ProcessEnv = {}) => deployEnv(rest.api, extra);

describe('npm run deploy-commands', () => {
  it('refuses a COMMAND_PREFIX Discord would not take as a command name, before calling it', async () => {
    const run = await runScript(DEPLOY, [], { env: env({ COMMAND_PREFIX: 'Counter Point ' }) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('COMMAND_PREFIX: must be 1–20 lower-case letters, digits, - or _, e.g. cp-');
    expect(rest.requests).toHaveLength(0);
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
