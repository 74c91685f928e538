import { configOrExit } from '../config/env.ts';
import { inviteUrl } from '../config/invite.ts';
import { runCli } from './cli-support.ts';

// `npm run invite`: the link that adds the bot to a server, with its commands and the permissions it needs.
await runCli('usage: npm run invite   (reads DISCORD_CLIENT_ID)', async () => {
  const config = configOrExit(['clientId']);
  console.log(inviteUrl(config.DISCORD_CLIENT_ID ?? ''));
  return 0;
});
