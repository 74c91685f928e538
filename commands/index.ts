import { ask } from './ask.ts';
import type { Command, MessageCommand } from '../src/discord/command.ts';
import { counter } from './counter.ts';
import { help } from './help.ts';
import { insights } from './insights.ts';
import { privacy } from './privacy.ts';
import { reload } from './reload.ts';
import { section } from './section.ts';
import { settings } from './settings.ts';
import { source } from './source.ts';

/** Every slash command, as deployed and as routed. */
export const commands: readonly Command[] = [ask, section, source, help, reload, insights, settings, privacy];

/** Every message command (a message's Apps menu), as deployed and as routed. */
export const messageCommands: readonly MessageCommand[] = [counter];
