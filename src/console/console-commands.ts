import { askReply, browseSection } from '../handlers/command-replies.ts';
import { controlReply } from '../handlers/control-handler.ts';
import type { Reloader } from '../reload/reloader.ts';
import type { KnowledgeStore } from '../reload/knowledge-store.ts';
import { helpReply, sourceReply } from '../replies/browse-replies.ts';
import { encodeControl } from '../replies/custom-id.ts';
import { reloadReply } from '../replies/reload-replies.ts';
import { notice, type Reply } from '../replies/view.ts';

/** The console's commands: the slash commands, plus what the buttons and menus do. */
export const CONSOLE_HELP = [
  'Type a question, or:',
  '  /ask <question>      the article’s answer, as /ask gives it',
  '  /section <1-8>       a section’s thesis and claims',
  '  /source              the article',
  '  /help                what the bot does',
  '  /reload              reload the knowledge files',
  '  /passage <id>        the cited paragraphs ("Show passage")',
  '  /entry <id>          one argument by its id (a suggestion, "Other matches", a menu pick)',
  '  /quit                leave (or end the input)',
].join('\n');

/** Runs one console line through the same handlers the Discord commands use; undefined means quit. */
export async function runConsoleLine(line: string, store: KnowledgeStore, reloader: Reloader): Promise<Reply | 'quit' | undefined> {
  const text = line.trim();
  if (text === '') return undefined;
  const [command = '', ...rest] = text.startsWith('/') ? text.split(/\s+/) : ['/ask', text];
  const argument = rest.join(' ');
  const loaded = store.current;
  switch (command.toLowerCase()) {
    case '/ask': return argument ? askReply(loaded, argument, 'public') : notice('Ask what?', 'Type /ask followed by your question.');
    case '/section': {
      const [number, sourceId] = rest;
      return browseSection(loaded, Number(number), sourceId, 'public');
    }
    case '/source': return sourceReply(loaded.knowledge);
    case '/help': return { ...helpReply(loaded.knowledge), content: CONSOLE_HELP };
    case '/reload': return reloadReply(await reloader.reload());
    case '/passage': return controlReply(loaded, encodeControl({ action: 'passage', id: argument }));
    case '/entry': return controlReply(loaded, encodeControl({ action: 'answer', id: argument, visibility: 'public' }));
    case '/quit': case '/exit': return 'quit';
    default: return notice('Unknown command', CONSOLE_HELP);
  }
}
