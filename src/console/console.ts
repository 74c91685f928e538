import { createInterface } from 'node:readline';
import type { Reloader } from '../reload/reloader.ts';
import type { KnowledgeStore } from '../reload/knowledge-store.ts';
import { citations } from '../replies/reference.ts';
import { renderText } from '../replies/text-render.ts';
import { ConsoleSession } from './console-commands.ts';

/**
 * The local console: the bot's handlers without Discord. Reads lines from `input` (a prompt on a
 * terminal, none when piped), prints each reply as text, and ends at the end of the input.
 */
export async function runConsole(
  store: KnowledgeStore,
  reloader: Reloader,
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const interactive = input.isTTY === true;
  const { sources, entries } = store.current.summary;
  const banner =
    `Counterpoint console: ${entries} arguments from ${citations(store.current.knowledge)} (${sources} ` +
    `source${sources === 1 ? '' : 's'}). Ask a question, or type /help.\n`;
  if (interactive) output.write(banner);
  const lines = createInterface({ input, terminal: interactive, ...(interactive ? { output } : {}) });
  if (interactive) {
    lines.setPrompt('counterpoint> ');
    lines.prompt();
  }
  const session = new ConsoleSession(store, reloader);
  for await (const line of lines) {
    const reply = await session.run(line);
    if (reply === 'quit') break;
    if (reply) output.write(`${renderText(reply)}\n\n`);
    if (interactive) lines.prompt();
  }
  lines.close();
}
