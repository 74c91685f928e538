// `npm run deploy-commands`: registers the commands. With bin/main.ts, the only code that names
// commands/, so that nothing in src/ imports upward.
import { commands, messageCommands } from '../commands/index.ts';
import { deployCommands } from '../src/cli/deploy-commands.ts';

await deployCommands({ commands, messageCommands });
