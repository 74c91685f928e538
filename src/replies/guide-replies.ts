import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { longDate } from '../text/dates.ts';
import { sourceLink } from './answer-replies.ts';
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

const DOES = [
  '**What this bot does:** it finds the argument of the article that answers a message and shows it with the',
  'section, paragraph and page, so anyone can check it against the original. It states the other side’s claims as',
  'their advocates put them.',
].join(' ');
const DOES_NOT = [
  '**What it does not do:** it does not judge who is right, speak for any government, or know events after the',
  'article except in dated editor’s notes with their sources. It reads English only.',
].join(' ');
const REPORT = [
  '**Found an error?** Press “Not helpful” under the answer, or tell this server’s admins: the knowledge base is',
  'plain files they can correct and reload.',
].join(' ');

const citedOf = (kb: KnowledgeBase) => citations(kb) || 'the article';

/** Greetings and thanks: one friendly line on how to ask, only for the asker where Discord allows. */
export function chatReply(kb: KnowledgeBase): Reply {
  const description =
    `Hi! Send a claim or a question about the Karabakh conflict, e.g. “${EXAMPLE}”, ` +
    `and I answer with what ${citedOf(kb)}, an analysis that argues one side, says on it: quoted and cited.`;
  return {
    cards: [{ tone: 'notice', title: 'Counterpoint', description }],
    rows: [nextStepButtons(kb, 'ephemeral')],
    ephemeral: true,
  };
}

/**
 * Nothing to answer ("asdf", "???"): say so, and how to ask; with up to three `picks` (the
 * entries the text nearly spells, else where the article starts), each a button.
 */
export function unclearReply(kb: KnowledgeBase, picks: readonly Entry[] = [], visibility: Visibility = 'ephemeral') {
  const offered = picks.slice(0, MAX_UNCLEAR_PICKS);
  const next = offered.length > 0 ? 'pick one of these' : 'browse the article';
  const description = `I could not find a question or a claim in that. Try a few words, e.g. “${EXAMPLE}”, or ${next}.`;
  const reply: Reply = {
    cards: [{ tone: 'notice', title: 'Nothing to answer', description }],
    rows: [...(offered.length > 0 ? [entryButtons(offered, visibility)] : []), nextStepButtons(kb, 'ephemeral')],
    ephemeral: true,
  };
  return reply;
}

/**
 * Questions about the bot, the article, its author or its bias: who published the source and
 * when, that it argues one side, what the bot does and does not do, when the knowledge base was
 * last reviewed, and where to report an error. Facts only: it does not defend or judge the source.
 */
export function aboutReply(kb: KnowledgeBase, visibility: Visibility): Reply {
  const cards = kb.sources.map((source) => ({
    tone: 'browse' as const,
    title: `About ${source.citation} and this bot`,
    url: source.address,
    description: [
      `**The source:** “${source.title}”, ${source.series}, ` +
        `published on ${longDate(source.date)} by ${source.publisher}.`,
      ...(source.publisherAbout ? [source.publisherAbout] : []),
      ...(source.writtenBefore ? [source.writtenBefore.replace(/^\*/, '')] : []),
      `**Its side:** ${source.attribution}`,
      DOES,
      DOES_NOT,
      ...(source.reviewed
        ? [`**Knowledge base last reviewed against the article:** ${longDate(source.reviewed)}.`]
        : []),
      REPORT,
    ].join('\n\n'),
  }));
  return {
    cards,
    rows: [[...sourceLink(kb.sources[0]), ...nextStepButtons(kb, visibility).slice(0, 1)]],
    ephemeral: visibility === 'ephemeral',
    shareable: true,
  };
}

/** A topic question ("what does it say about genocide?"): the article's entries on it, each a button. */
export function topicReply(kb: KnowledgeBase, subject: string, picks: readonly Entry[], visibility: Visibility): Reply {
  const list = picks.map((e) => `• **${e.topic}**\n  ${referenceField(e)}`).join('\n');
  const pick = 'Pick one to see what the other side argues and the article’s answer.';
  const description = `${citedOf(kb)} has these points on it. ${pick}\n\n${list}`;
  return {
    cards: [{ tone: 'browse', title: `On “${echoed(subject, SUBJECT_CHARS)}”`, description }],
    rows: [entryButtons(picks, visibility), nextStepButtons(kb, visibility)],
    ephemeral: visibility === 'ephemeral',
    shareable: true,
  };
}
