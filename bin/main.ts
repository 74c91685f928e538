// `npm start`: the bot with a token, the local console without. With bin/deploy-commands.ts, the
// only code that names commands/: it hands them to the app, which never imports upward.
import { startApp } from '../src/app.ts';

await startApp(async () => {
  // Loaded only for the bot: the console never needs discord.js.
  const { commands, messageCommands } = await import('../commands/index.ts');
  return { commands, messageCommands };
});
