import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Control, Reply } from './view.ts';
import { citations } from './reference.ts';
import { prefixedName } from '../text/command-names.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';

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
  /** The interface's language; English when not given. */
  readonly t?: Translate;
  /** The message command's name as the reader's client shows it ("Counter with the article"). */
  readonly counterName?: string;
}

/** What the bot does, whose view it reports, and how to ask: clickable commands where Discord knows them. */
export function helpReply(kb: KnowledgeBase, context: HelpContext = {}): Reply {
  const command = (base: string, options = '') => {
    const name = prefixedName(context.commandPrefix ?? '', base);
    const id = context.commandIds?.get(name);
    return id ? `</${name}:${id}>${options}` : `/${name}${options}`;
  };
  const t = context.t ?? english;
  const cited = citations(kb);
  const seconds = context.cooldownSeconds;
  const cooldown = seconds ? t('help.cooldown', { seconds }) : '';
  const description = [t('help.intro', { cited }), ...kb.sources.map((s) => s.attribution), t('help.noSide')].join(
    '\n\n',
  );
  const buttons = {
    passage: t('answer.showPassage'),
    others: t('answer.otherMatches'),
    post: t('controls.postToChannel'),
    delete: t('controls.delete'),
  };
  const admins = { reload: command('reload'), insights: command('insights'), settings: command('settings') };
  const fields = [
    { name: t('help.askName'), value: t('help.ask', { ask: command('ask'), cooldown }) },
    {
      name: t('help.counterName'),
      value: t('help.counter', { command: context.counterName ?? 'Counter with the article' }),
    },
    { name: t('help.browseName'), value: t('help.browse', { section: command('section'), source: command('source') }) },
    { name: t('help.buttonsName'), value: t('help.buttons', buttons) },
    ...(context.admin ? [{ name: t('help.adminsName'), value: t('help.admins', admins) }] : []),
  ];
  const links: Control[] = [
    ...kb.sources.slice(0, 1).map((s) => ({ kind: 'link' as const, url: s.address, label: t('answer.readArticle') })),
    ...(context.projectUrl ? [{ kind: 'link' as const, url: context.projectUrl, label: t('help.aboutProject') }] : []),
  ];
  return {
    cards: [{ tone: 'browse', title: t('help.title'), description, fields }],
    rows: links.length > 0 ? [links] : [],
    ephemeral: true,
  };
}
