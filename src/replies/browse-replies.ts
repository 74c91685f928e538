import type { Section, Source } from '../knowledge/source-types.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { longDate } from '../text/dates.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';
import { attributionFooter, sourceLink } from './answer-parts.ts';
import { encodeControl, type Visibility } from './custom-id.ts';
import { pageLabel, paragraphLabel } from './reference.ts';
import { type Card, type Control, fitText, type Reply } from './view.ts';

/** Discord's most options in a select menu. */
const MAX_OPTIONS = 25;
/** "pages 3–5" in running text, "pp. 3–5" in a table. */
const pages = (s: Section, short = false, t: Translate = english) => {
  const [first, last] = s.pages;
  if (first === last) return short ? `p. ${first}` : t('browse.page', { first });
  return short ? `pp. ${first}–${last}` : t('browse.pages', { first, last });
};

/** The entry stating a section's thesis: the one marked `thesis`, else its first. */
export function thesisOf(kb: KnowledgeBase, sourceId: string, section: number): Entry | undefined {
  const inSection = kb.entries.filter((e) => e.source === sourceId && e.section === section);
  return inSection.find((e) => e.thesis) ?? inSection[0];
}

/** First sentence of a text. */
function firstSentence(text: string): string {
  const [first] = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text);
  return first?.segment.trim() ?? text;
}

/**
 * A section: title, pages, thesis, and the topics it responds to in a menu, 25 a page: a section
 * with more has "Previous" and "Next" buttons, and the card says which topics the page holds.
 * (The topics are not listed again in the card: on a phone that list filled the screen twice.)
 */
export function sectionReply(
  kb: KnowledgeBase,
  source: Source,
  number: number,
  visibility: Visibility,
  page = 0,
  t: Translate = english,
): Reply | undefined {
  const section = source.sections.find((s) => s.number === number);
  if (!section) return undefined;
  const entries = kb.entries.filter((e) => e.source === source.id && e.section === number);
  const pagesCount = Math.max(1, Math.ceil(entries.length / MAX_OPTIONS));
  const at = Math.min(Math.max(0, page), pagesCount - 1);
  const shown = entries.slice(at * MAX_OPTIONS, (at + 1) * MAX_OPTIONS);
  const thesis = thesisOf(kb, source.id, number);
  const from = at * MAX_OPTIONS + 1;
  const count = entries.length;
  const range = pagesCount > 1 ? t('browse.range', { from, to: from + shown.length - 1, count }) : '';
  const description = [
    `${source.citation}, ${pages(section, false, t)}.`,
    ...(thesis ? [`**${t('browse.thesis')}:** ${firstSentence(thesis.rebuttal)}`] : []),
    ...(entries.length > 0 ? ['', t('browse.claims', { count, range })] : []),
  ].join('\n');
  const card: Card = {
    tone: 'browse',
    title: `§${section.number} ${section.title}`,
    description,
    footer: attributionFooter(source),
  };
  const options = shown.map((e) => ({
    value: e.id,
    label: fitText(e.topic, 100),
    description: fitText(`${paragraphLabel(e.paragraphs)} · ${pageLabel(e)}`, 100),
  }));
  const menu: Control[] =
    options.length > 0
      ? [
          {
            kind: 'select',
            id: encodeControl({ action: 'pick', visibility }),
            placeholder: t('browse.pickTopic'),
            options,
          },
        ]
      : [];
  const turn = (label: string, to: number): Control => ({
    kind: 'button',
    id: encodeControl({ action: 'section', sourceId: source.id, number, page: to, visibility }),
    label,
  });
  const paging =
    pagesCount > 1
      ? [
          [
            ...(at > 0 ? [turn(t('browse.previous'), at - 1)] : []),
            ...(at < pagesCount - 1 ? [turn(t('browse.next'), at + 1)] : []),
          ],
        ]
      : [];
  return {
    cards: [card],
    rows: [...(menu.length > 0 ? [menu] : []), ...paging],
    ephemeral: visibility === 'ephemeral',
  };
}

/** How questions are matched, as /source tells it: by words and meaning, or by words alone and why. */
export interface MatchingNote {
  readonly mode: 'hybrid' | 'lexical';
  /** The model in hybrid mode; why not, in lexical mode. */
  readonly detail: string;
}

/** The line /source ends with about matching. */
export function matchingLine(matching: MatchingNote, t: Translate = english): string {
  return t(matching.mode === 'hybrid' ? 'browse.matchedHybrid' : 'browse.matchedLexical', { detail: matching.detail });
}

/** The sources: bibliographic details, attribution, the table of sections, and how questions are matched. */
export function sourceReply(kb: KnowledgeBase, matching?: MatchingNote, t: Translate = english): Reply {
  const cards: Card[] = kb.sources.slice(0, 10).map((s) => ({
    tone: 'browse',
    title: s.title,
    description: [
      `${s.publisher}`,
      t('browse.published', { series: s.series, date: longDate(s.date) }),
      '',
      s.attribution,
      ...(s.writtenBefore ? ['', s.writtenBefore.replace(/^\*/, '')] : []),
    ].join('\n'),
    fields: [
      {
        name: t('browse.sections'),
        value: s.sections.map((sec) => `§${sec.number} ${sec.title} (${pages(sec, true)})`).join('\n'),
      },
    ],
  }));
  const links = kb.sources.slice(0, 5).flatMap((s) =>
    sourceLink(s, t).map((l) => ({
      ...l,
      label: kb.sources.length > 1 ? fitText(t('answer.readSource', { citation: s.citation }), 80) : l.label,
    })),
  );
  const last = cards.at(-1);
  if (last && matching) cards[cards.length - 1] = { ...last, footer: matchingLine(matching, t) };
  return { cards, rows: links.length > 0 ? [links] : [], ephemeral: false };
}
