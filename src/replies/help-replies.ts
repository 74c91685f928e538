import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Control, Reply } from './view.ts';
import { citations } from './reference.ts';

/** Where /help is read, and by whom: what it may link to and show. */
export interface HelpContext {
  /** Command ids by name, as Discord registered them: "</ask:id>" is a clickable command. */
  readonly commandIds?: ReadonlyMap<string, string>;
  /** COMMAND_PREFIX: the commands are registered, and so shown, as `/<prefix>ask`. */
  readonly commandPrefix?: string;
  /** Whether the reader may reload: admins see the admin commands. */
  readonly admin?: boolean;
  readonly cooldownSeconds?: number;
  /** The project's page, if configured (PROJECT_URL). */
  readonly projectUrl?: string;
}

/** What the bot does, whose view it reports, and how to ask: clickable commands where Discord knows them. */
export function helpReply(kb: KnowledgeBase, context: HelpContext = {}): Reply {
  const command = (base: string, options = '') => {
    const name = `${context.commandPrefix ?? ''}${base}`;
    const id = context.commandIds?.get(name);
    return id ? `</${name}:${id}>${options}` : `/${name}${options}`;
  };
  const cited = citations(kb);
  const cooldown = context.cooldownSeconds ? ` One question every ${context.cooldownSeconds} seconds each.` : '';
  const description = [
    `Counterpoint answers questions and debate claims with the matching argument from ${cited}, quoted and ` +
      `cited to section, paragraph and page.`,
    ...kb.sources.map((s) => s.attribution),
    'It reports what the article argues, always attributed to it; it takes no side of its own.',
  ].join('\n\n');
  const fields = [
    {
      name: 'Ask',
      value:
        `${command('ask')} in your own words, or state a claim: "was Karabakh a colony?", "Turkey sent ` +
        `mercenaries". Typos are fine; pick a suggestion to get that argument exactly. \`public: False\` shows ` +
        `the answer only to you; \`for:\` sends it to someone.${cooldown}`,
    },
    {
      name: 'Counter a message',
      value:
        'On any message: its menu (right-click or long-press) → Apps → **Counter with the article**. Or reply ' +
        'to it mentioning the bot.',
    },
    {
      name: 'Browse',
      value:
        `${command('section')} shows a section's thesis and the claims it answers; ${command('source')} the ` +
        `article itself.`,
    },
    {
      name: 'Buttons',
      value:
        '**Show passage**: the cited paragraphs, word for word. **Other matches**: the next closest arguments. ' +
        '**Post to channel** / **Delete**: share a private answer, or remove a public one.',
    },
    ...(context.admin
      ? [
          {
            name: 'For admins',
            value:
              `${command('reload')} reloads the knowledge files after an edit and reports what ` +
              `changed. ${command('insights')} shows what people asked, what went unanswered and how answers were ` +
              `voted. ${command('settings')} sets this server's answer visibility, cooldown and whether question ` +
              `text is kept.`,
          },
        ]
      : []),
  ];
  const links: Control[] = [
    ...kb.sources.slice(0, 1).map((s) => ({ kind: 'link' as const, url: s.address, label: 'Read the article' })),
    ...(context.projectUrl ? [{ kind: 'link' as const, url: context.projectUrl, label: 'About Counterpoint' }] : []),
  ];
  return {
    cards: [{ tone: 'browse', title: 'Counterpoint: how to ask', description, fields }],
    rows: links.length > 0 ? [links] : [],
    ephemeral: true,
  };
}
