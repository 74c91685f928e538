import type { Forgotten, KeptReport } from '../insights/forgetting.ts';
import { longDate } from '../text/dates.ts';
import { notice, type Reply } from './view.ts';
import { slashCommand } from '../text/command-names.ts';

/** What the privacy replies need from the configuration. */
export interface PrivacyFacts {
  readonly INSIGHTS: boolean;
  readonly INSIGHTS_RETENTION_DAYS: number;
  /** COMMAND_PREFIX: the commands are named as registered (`/<prefix>privacy`). */
  readonly COMMAND_PREFIX?: string;
}

/** `/privacy info`: what is kept about a member, for how long, and how to delete it. */
export function privacyInfoReply(facts: PrivacyFacts): Reply {
  const [insights, privacy] = ['insights', 'privacy'].map((name) => slashCommand(facts.COMMAND_PREFIX ?? '', name));
  if (!facts.INSIGHTS)
    return notice('Privacy', 'This bot records no questions or votes (insights are off). It keeps no user ids.');
  return notice(
    'Privacy',
    [
      `This bot keeps no user ids and no names. For the admins’ ${insights} it keeps, for ` +
        `${facts.INSIGHTS_RETENTION_DAYS} days: each question’s text (unless the server turned that off), ` +
        'with mentions removed, and what it answered; your Helpful / Not helpful votes.',
      `Who asked is kept only as a keyed hash, so that you can delete your own: \`${privacy} forget-me\` ` +
        '(every server and DM). A server admin can delete everything kept about their server: ' +
        `\`${privacy} forget-server\`.`,
    ].join('\n\n'),
  );
}

/** `/privacy forget-me` and `forget-server`: what was deleted, or that it will be. */
export function forgottenReply(forgotten: Forgotten, scope: 'me' | 'server'): Reply {
  const whose = scope === 'me' ? 'your questions and votes' : 'this server’s questions, votes, settings and reloads';
  if (forgotten.kind === 'queued')
    return notice(
      'Deletion queued',
      `The database is busy right now. ${capital(whose)} will be deleted as soon as it is free; ` +
        'nothing more is needed from you.',
    );
  if (forgotten.kind === 'unavailable')
    return notice('Nothing deleted', `Nothing could be deleted: ${forgotten.why}.`, 'error');
  const count = forgotten.questions === 1 ? '1 question' : `${forgotten.questions} questions`;
  const where = scope === 'me' ? ' in every server and DM' : '';
  return notice('Deleted', `Deleted ${whose}${where}: ${count}. Nothing of it is left in the database file.`);
}

/** `/privacy forget-server` without `confirm`: what is kept for the server, and what it would do. */
export function confirmForgetServerReply(kept: KeptReport, commandPrefix = ''): Reply {
  const go =
    'This deletes every question, vote and setting kept for this server, and the reloads run from it, ' +
    `for good. To go ahead, run \`${slashCommand(commandPrefix, 'privacy')} forget-server confirm:True\`.`;
  return notice('Nothing deleted yet', `${keptLines(kept, commandPrefix)}\n\n${go}`);
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What is kept for the server, in a few lines: counts only, no text and no one's id. */
function keptLines(kept: KeptReport, commandPrefix: string): string {
  if (kept.kind === 'busy') return 'The database is busy, so what is kept could not be counted just now.';
  if (kept.kind === 'unavailable') return `What is kept cannot be read right now: ${kept.why}.`;
  const since =
    kept.oldest === undefined ? '' : `, the oldest from ${longDate(new Date(kept.oldest).toISOString().slice(0, 10))}`;
  return [
    '**Kept for this server:**',
    `• ${plural(kept.questions, 'question')} (${kept.withText} with their text)${since}`,
    `• ${plural(kept.votes, 'vote')}`,
    `• ${kept.settings ? `its own ${slashCommand(commandPrefix, 'settings')}` : 'no settings of its own'}`,
    `• ${plural(kept.reloads, 'reload')} run from it`,
  ].join('\n');
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
