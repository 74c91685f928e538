import { ask } from './ask.ts';
import type { Command } from './command.ts';
import { help } from './help.ts';
import { reload } from './reload.ts';
import { section } from './section.ts';
import { source } from './source.ts';

/** Every slash command, as deployed and as routed. */
export const commands: readonly Command[] = [ask, section, source, help, reload];
