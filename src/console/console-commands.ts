import { echoed } from '../replies/echo.ts';
import { browseSection, matchingNote } from '../answer/browse.ts';
import { respond, type ResponderServices } from '../answer/responder.ts';
import { settingsUnavailable } from '../stores/settings.ts';
import { controlReply } from '../answer/controls.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Reloader } from '../reload/reloader.ts';
import type { KnowledgeStore } from '../reload/knowledge-store.ts';
import { sourceReply } from '../replies/browse-replies.ts';
import { decodeControl } from '../replies/custom-id.ts';
import { reloadReply } from '../replies/reload-replies.ts';
import { consoleChoices, type ConsoleChoice } from '../replies/text-render.ts';
import { notice, type Reply } from '../replies/view.ts';

/** The console's commands: the slash commands, plus numbers for what the buttons and menus do. */
export const CONSOLE_HELP = [
  'Type a question or a claim, or:',
  '  /ask <question>      the article’s answer, as /ask gives it',
  '  /counter <message>   the claims in a whole message the article responds to, as “Counter with the article”',
  '  @bot <message>       what a mention of the bot in a channel gets',
  '  /section <1-8>       a section’s thesis and the topics it covers',
  '  /source              the article, and whose view it is',
  '  /help                what the bot does',
  '  /reload              reload the knowledge files',
  '  <number>             choose a numbered button or menu option of the last reply',
  '  /entry <id>          an entry by its id, for curators checking their files',
  '  /quit                leave (or "quit", "exit", or end the input)',
].join('\n');

/** The console keeps no server settings. */
const NO_SETTINGS = settingsUnavailable('the console keeps no server settings');

/** The console's own help: whose view the bot reports, then the console's commands. */
function consoleHelp(kb: KnowledgeBase): Reply {
  const description = [
    ...kb.sources.map((s) => s.attribution),
    'It reports what the article argues, always attributed to it; it takes no side of its own.',
  ].join('\n\n');
  return {
    content: CONSOLE_HELP,
    cards: [{ tone: 'browse', title: 'Counterpoint', description }],
    rows: [],
    ephemeral: true,
  };
}

/** One console session: the handlers the Discord commands use, and the last reply's numbered choices. */
export class ConsoleSession {
  #choices: readonly ConsoleChoice[] = [];

  readonly #services: ResponderServices;

  constructor(
    private readonly store: KnowledgeStore,
    private readonly reloader: Reloader,
  ) {
    // A console has no server: no settings, nothing recorded, nobody to vote.
    this.#services = { store, settings: NO_SETTINGS, insights: { votes: false, record: () => {} } };
  }

  /** The answer to a text, as every surface gets it, in public as in a channel. */
  async #answer(text: string, mode: 'ask' | 'counter' = 'ask'): Promise<Reply> {
    const request = {
      text,
      via: mode === 'counter' ? 'counter' : 'ask',
      guildId: null,
      visibility: 'public',
      mode,
    } as const;
    return (await respond(this.#services, request)).reply;
  }

  /** Runs one line; undefined for a blank line, 'quit' to leave. */
  async run(line: string): Promise<Reply | 'quit' | undefined> {
    const reply = await this.reply(line.trim());
    if (reply && reply !== 'quit' && consoleChoices(reply).length > 0) this.#choices = consoleChoices(reply);
    return reply;
  }

  private async reply(text: string): Promise<Reply | 'quit' | undefined> {
    if (text === '') return undefined;
    // What people type to leave a terminal program, with or without the slash.
    if (/^(quit|exit)$/i.test(text)) return 'quit';
    const loaded = this.store.current;
    if (/^\d+$/.test(text)) {
      const choice = this.#choices[Number(text) - 1];
      if (!choice)
        return notice(
          'No such choice',
          this.#choices.length > 0
            ? `Type a number from 1 to ${this.#choices.length}.`
            : 'The last reply had nothing to choose.',
        );
      return controlReply(loaded, decodeControl(choice.customId), choice.values);
    }
    // "@bot …" (or "@counterpoint …") is a mention: like /ask, as in a channel.
    const mention = /^@(?:bot|counterpoint)\b\s*/i.exec(text);
    if (mention) {
      const rest = text.slice(mention[0].length);
      return rest
        ? this.#answer(rest)
        : notice(
            'Ask me after the mention',
            'Write a question or a claim after “@bot”, e.g. “@bot was Karabakh a colony?”.',
          );
    }
    const [command = '', ...rest] = text.startsWith('/') ? text.split(/\s+/) : ['/ask', text];
    const argument = rest.join(' ');
    switch (command.toLowerCase()) {
      case '/ask':
        return argument ? this.#answer(argument) : notice('Ask what?', 'Type /ask followed by your question.');
      case '/counter': {
        const message = text.slice(command.length).trim();
        return this.#answer(message, 'counter');
      }
      case '/section': {
        const [number, sourceId] = rest;
        return browseSection(loaded, Number(number), sourceId, 'public');
      }
      case '/source':
        return sourceReply(loaded.knowledge, matchingNote(loaded));
      case '/help':
        return consoleHelp(loaded.knowledge);
      case '/reload':
        return reloadReply(await this.reloader.reload({ via: 'console' }));
      case '/entry':
        if (!loaded.knowledge.entryById.has(argument))
          return notice(
            'No such entry',
            argument
              ? `No entry has the id "${echoed(argument, 40)}". npm run kb:check lists the knowledge base.`
              : 'Type /entry followed by an entry id from the knowledge files.',
          );
        return controlReply(loaded, { action: 'answer', id: argument, visibility: 'public' });
      case '/quit':
      case '/exit':
        return 'quit';
      default:
        return notice('Unknown command', CONSOLE_HELP);
    }
  }
}
