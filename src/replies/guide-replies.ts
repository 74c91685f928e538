import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { longDate } from '../text/dates.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';
import { sourceLink } from './answer-parts.ts';
import type { Visibility } from './custom-id.ts';
import { entryButtons, nextStepButtons } from './not-answered-replies.ts';
import { citations, referenceField } from './reference.ts';
import { echoed } from './echo.ts';
import type { Reply } from './view.ts';

/** An example question every guide offers: one the article answers plainly. */
const EXAMPLE = 'was Karabakh a colony?';
/** Most picks offered under "Nothing to answer". */
export const MAX_UNCLEAR_PICKS = 3;
/** Most characters of the subject of a topic question repeated in its title. */
const SUBJECT_CHARS = 60;

const citedOf = (kb: KnowledgeBase, t: Translate) => citations(kb) || t('guide.theArticle');

/**
 * Greetings and thanks: one friendly line on how to ask (after thanks, glad it helped and ask
 * again), only for the asker where Discord allows.
 */
export function chatReply(kb: KnowledgeBase, t: Translate = english, thanks = false): Reply {
  const description = thanks
    ? t('guide.thanks', { example: EXAMPLE })
    : t('guide.chat', { example: EXAMPLE, cited: citedOf(kb, t) });
  return {
    cards: [{ tone: 'notice', title: 'Counterpoint', description }],
    rows: [nextStepButtons(kb, 'ephemeral', t)],
    ephemeral: true,
  };
}

/**
 * Nothing to answer ("asdf", "???"): say so, and how to ask; with up to three `picks` (the
 * entries the text nearly spells, else where the article starts), each a button.
 */
export function unclearReply(
  kb: KnowledgeBase,
  picks: readonly Entry[] = [],
  visibility: Visibility = 'ephemeral',
  t: Translate = english,
): Reply {
  const offered = picks.slice(0, MAX_UNCLEAR_PICKS);
  const description = t(offered.length > 0 ? 'guide.unclearPicks' : 'guide.unclear', { example: EXAMPLE });
  const reply: Reply = {
    cards: [{ tone: 'notice', title: t('guide.unclearTitle'), description }],
    rows: [...(offered.length > 0 ? [entryButtons(offered, visibility)] : []), nextStepButtons(kb, 'ephemeral', t)],
    ephemeral: true,
  };
  return reply;
}

/**
 * Questions about the bot, the article, its author or its bias: who published the source and
 * when, that it argues one side, what the bot does and does not do, when the knowledge base was
 * last reviewed, and where to report an error. Facts only: it does not defend or judge the source.
 */
export function aboutReply(kb: KnowledgeBase, visibility: Visibility, t: Translate = english): Reply {
  const cards = kb.sources.map((source) => ({
    tone: 'browse' as const,
    title: t('guide.aboutTitle', { citation: source.citation }),
    url: source.address,
    description: [
      t('guide.aboutSource', {
        title: source.title,
        series: source.series,
        date: longDate(source.date),
        publisher: source.publisher,
      }),
      ...(source.publisherAbout ? [source.publisherAbout] : []),
      ...(source.writtenBefore ? [source.writtenBefore.replace(/^\*/, '')] : []),
      `${t('guide.itsSide')} ${source.attribution}`,
      t('guide.does'),
      t('guide.doesNot'),
      ...(source.reviewed ? [t('guide.reviewed', { date: longDate(source.reviewed) })] : []),
      t('guide.report'),
    ].join('\n\n'),
  }));
  return {
    cards,
    rows: [[...sourceLink(kb.sources[0], t), ...nextStepButtons(kb, visibility, t).slice(0, 1)]],
    ephemeral: visibility === 'ephemeral',
    shareable: true,
  };
}

/** A topic question ("what does it say about genocide?"): the article's entries on it, each a button. */
export function topicReply(
  kb: KnowledgeBase,
  subject: string,
  picks: readonly Entry[],
  visibility: Visibility,
  t: Translate = english,
): Reply {
  const list = picks.map((e) => `• **${e.topic}**\n  ${referenceField(e)}`).join('\n');
  const description = `${t('guide.topic', { cited: citedOf(kb, t) })}\n\n${list}`;
  return {
    cards: [{ tone: 'browse', title: t('guide.topicTitle', { subject: echoed(subject, SUBJECT_CHARS) }), description }],
    rows: [entryButtons(picks, visibility), nextStepButtons(kb, visibility, t)],
    ephemeral: visibility === 'ephemeral',
    shareable: true,
  };
}
