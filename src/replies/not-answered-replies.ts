import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { longDate } from '../text/dates.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';
import { encodeControl, type Visibility } from './custom-id.ts';
import { type Card, type Control, fitText, type Reply } from './view.ts';
import { citations } from './reference.ts';

/** Most characters of a topic shown on a button (Discord allows 80). */
const BUTTON_LABEL = 80;

/** Buttons that each answer one entry, labelled with its neutral topic. */
export function entryButtons(entries: readonly Entry[], visibility: Visibility): Control[] {
  return entries.map((e) => ({
    kind: 'button',
    id: encodeControl({ action: 'answer', id: e.id, visibility }),
    label: fitText(e.topic, BUTTON_LABEL),
  }));
}

/**
 * The next step when there is no answer to give: browse the article from its first section, and
 * read who wrote it and what the bot does. Every reply that is not an answer carries these.
 */
export function nextStepButtons(kb: KnowledgeBase, visibility: Visibility, t: Translate = english): Control[] {
  const source = kb.sources[0];
  const browse: Control[] = source
    ? [
        {
          kind: 'button',
          id: encodeControl({ action: 'section', sourceId: source.id, number: 1, page: 0, visibility }),
          label: t('notAnswered.browseArticle'),
        },
      ]
    : [];
  const about = encodeControl({ action: 'about', visibility });
  return [...browse, { kind: 'button', id: about, label: t('notAnswered.aboutBot') }];
}

/** "AVİM Analysis 2020/33 (11 November 2020) does not address X or Y." */
export function notAddressedLine(kb: KnowledgeBase, topics: readonly string[], t: Translate = english): string {
  const cited = kb.sources.map((s) => `${s.citation} (${longDate(s.date)})`).join(', ');
  const list =
    topics.length <= 1
      ? topics.join('')
      : t('notAnswered.listOr', { first: topics.slice(0, -1).join(', '), last: topics.at(-1) ?? '' });
  return t('notAnswered.doesNotAddress', { cited, topics: list });
}

/** The nearest topics as one row of buttons, and the next steps as another. */
function rowsFor(kb: KnowledgeBase, nearest: readonly Entry[], visibility: Visibility, t: Translate): Control[][] {
  return [...(nearest.length > 0 ? [entryButtons(nearest, visibility)] : []), nextStepButtons(kb, 'ephemeral', t)];
}

/** When the article does not clearly address the question: say so, and name the nearest topics it does. */
export function notAnsweredReply(
  kb: KnowledgeBase,
  nearest: readonly Entry[],
  visibility: Visibility,
  t: Translate = english,
): Reply {
  const cited = citations(kb);
  const description = t(nearest.length > 0 ? 'notAnswered.notClearlyNearest' : 'notAnswered.notClearlyNone', { cited });
  const card: Card = { tone: 'notice', title: t('notAnswered.notClearlyTitle'), description };
  return { cards: [card], rows: rowsFor(kb, nearest, visibility, t), ephemeral: true, shareable: nearest.length > 0 };
}

/**
 * When the question is about something the article does not address: say so plainly, and offer
 * the points of the same message it does answer, else the nearest topics it addresses.
 */
export function outOfScopeReply(
  kb: KnowledgeBase,
  topics: readonly string[],
  nearest: readonly Entry[] = [],
  alsoRaised = false,
  t: Translate = english,
): Reply {
  const written = kb.sources.flatMap((s) => (s.writtenBefore ? [s.writtenBefore.replace(/^\*/, '')] : []));
  const next = t(
    nearest.length === 0
      ? 'notAnswered.browseBelow'
      : alsoRaised
        ? 'notAnswered.alsoRaisesBelow'
        : 'notAnswered.nearestBelow',
  );
  const description = [notAddressedLine(kb, topics, t), ...written, next].join('\n\n');
  const card: Card = { tone: 'notice', title: t('notAnswered.notAddressedTitle'), description };
  return {
    cards: [card],
    rows: rowsFor(kb, nearest, 'ephemeral', t),
    ephemeral: true,
    ...(nearest.length > 0 ? { shareable: true } : {}),
  };
}
