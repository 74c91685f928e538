import type { Entry, KnowledgeBase, Section, Source } from '../knowledge/types.ts';
import { longDate } from '../text/dates.ts';
import { attributionFooter, sourceLink } from './answer-replies.ts';
import { encodeControl, type Visibility } from './custom-id.ts';
import { pageLabel, paragraphLabel } from './reference.ts';
import { type Card, fitText, type Reply } from './view.ts';

/** Discord's most options in a select menu. */
const MAX_OPTIONS = 25;
/** "pages 3–5" in running text, "pp. 3–5" in a table. */
const pages = (s: Section, short = false) => {
  const [first, last] = s.pages;
  if (first === last) return short ? `p. ${first}` : `page ${first}`;
  return short ? `pp. ${first}–${last}` : `pages ${first}–${last}`;
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

/** A section: title, pages, thesis, and its arguments, pickable from a select menu. */
export function sectionReply(kb: KnowledgeBase, source: Source, number: number, visibility: Visibility): Reply | undefined {
  const section = source.sections.find((s) => s.number === number);
  if (!section) return undefined;
  const entries = kb.entries.filter((e) => e.source === source.id && e.section === number);
  const thesis = thesisOf(kb, source.id, number);
  const list = entries.map((e, i) => `${i + 1}. ${e.topic} (${paragraphLabel(e.paragraphs)})`);
  const description = [
    `${source.citation}, ${pages(section)}.`,
    ...(thesis ? [`**Thesis:** ${firstSentence(thesis.rebuttal)}`] : []),
    ...(list.length > 0 ? ['', `**Claims it responds to, by topic (${list.length})**`, ...list] : []),
  ].join('\n');
  const card: Card = { tone: 'browse', title: `§${section.number} ${section.title}`, description, footer: attributionFooter(source) };
  const options = entries.slice(0, MAX_OPTIONS).map((e) => ({
    value: e.id, label: fitText(e.topic, 100), description: fitText(`${paragraphLabel(e.paragraphs)} · ${pageLabel(e)}`, 100),
  }));
  const rows = options.length > 0
    ? [[{ kind: 'select' as const, id: encodeControl({ action: 'pick', visibility }), placeholder: 'Pick a topic: the claim and the article’s answer', options }]]
    : [];
  return { cards: [card], rows, ephemeral: visibility === 'ephemeral' };
}

/** The sources: bibliographic details, attribution, and the table of sections. */
export function sourceReply(kb: KnowledgeBase): Reply {
  const cards: Card[] = kb.sources.slice(0, 10).map((s) => ({
    tone: 'browse',
    title: s.title,
    description: [`${s.publisher}`, `${s.series}, published ${longDate(s.date)}`, '', s.attribution, ...(s.writtenBefore ? ['', s.writtenBefore.replace(/^\*/, '')] : [])].join('\n'),
    fields: [{ name: 'Sections', value: s.sections.map((sec) => `§${sec.number} ${sec.title} (${pages(sec, true)})`).join('\n') }],
  }));
  const links = kb.sources.slice(0, 5).flatMap((s) => sourceLink(s).map((l) => ({ ...l, label: kb.sources.length > 1 ? fitText(`Read: ${s.citation}`, 80) : l.label })));
  return { cards, rows: links.length > 0 ? [links] : [], ephemeral: false };
}

/** What the bot does and how to ask. */
export function helpReply(kb: KnowledgeBase): Reply {
  const cited = kb.sources.map((s) => s.citation).join(', ');
  const description = [
    `Counterpoint answers questions and debate claims with the matching argument from ${cited}, quoted and cited to section, paragraph and page.`,
    ...kb.sources.map((s) => s.attribution),
    'It reports what the article argues, always attributed to it; it takes no side of its own.',
  ].join('\n\n');
  const fields = [
    { name: '/ask question:', value: 'Ask in your own words, or state a claim: "was Karabakh a colony?", "Turkey sent mercenaries". Typos are fine. Pick a suggestion from the list to get that argument exactly. Add public:False to see the answer alone.' },
    { name: '/section number:', value: 'Browse one section of the article: its thesis and the claims it answers.' },
    { name: '/source', value: 'The article itself: title, publisher, date, link and table of sections.' },
    { name: 'Buttons', value: '"Show passage" shows you the cited paragraphs word for word; "Other matches" the next closest arguments.' },
  ];
  return { cards: [{ tone: 'browse', title: 'Counterpoint: how to ask', description, fields }], rows: [], ephemeral: true };
}
