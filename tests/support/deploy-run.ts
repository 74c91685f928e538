// `npm run deploy-commands` as its tests run it: the entry point, a token shaped like Discord's,
// and the environment that points it at a stand-in Discord REST API (fake-discord-rest.ts), so
// that nothing is registered with Discord itself.
import { APP_ID } from './interactions.ts';

/** The entry point of `npm run deploy-commands`. */
export const DEPLOY = 'bin/deploy-commands.ts';

/** A token shaped like a bot's: the tests check that it is sent, and never printed. */
export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.deploy-test-token-value';

/** The environment of a run against the stand-in at `api`, with `extra` laid over it. */
export const deployEnv = (api: string, extra: NodeJS.ProcessEnv = {}) => ({
  DISCORD_TOKEN: TOKEN,
  DISCORD_CLIENT_ID: APP_ID,
  DISCORD_REST_API: api,
  ...extra,
});
