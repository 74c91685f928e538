import type { Entry, KnowledgeBase, Source } from '../knowledge/types.ts';
import type { MatchResult } from '../search/matcher.ts';
import { TUNING } from '../search/tuning.ts';
import { encodeControl, type Visibility } from './custom-id.ts';
import { paragraphLabel, pageLabel, referenceField } from './reference.ts';
import { type Card, type Control, fitText, type Reply } from './view.ts';

/** Most characters of a claim shown on a button (Discord allows 80). */
const BUTTON_LABEL = 80;

const sourceOf = (kb: KnowledgeBase, entry: Entry): Source | undefined => kb.sourceById.get(entry.source);

/** The footer every answer carries: whose argument it is, and when it was written. */
export function attributionFooter(source: Source | undefined): string {
  if (!source) return '';
  const written = source.writtenBefore ? ` ${source.writtenBefore.replace(/^\*/, '')}` : '';
  return `Source: ${source.citation}. ${source.attribution}${written}`;
}

/** The link button to a source. */
export function sourceLink(source: Source | undefined): Extract<Control, { kind: 'link' }>[] {
  return source ? [{ kind: 'link', url: source.address, label: 'Read the article' }] : [];
}

/** Buttons that each answer one entry, labelled with its claim. */
export function entryButtons(entries: readonly Entry[], visibility: Visibility): Control[] {
  return entries.map((e) => ({ kind: 'button', id: encodeControl({ action: 'answer', id: e.id, visibility }), label: fitText(e.claim, BUTTON_LABEL) }));
}

/**
 * The answer to a question: the claim, the article's rebuttal, the verbatim quote and the
 * reference, attributed in the footer; buttons for the cited passage, the runner-ups and the source.
 */
export function answerReply(
  kb: KnowledgeBase,
  entry: Entry,
  /** `close`: the alternatives that scored nearly as well (a close call), named under the answer. */
  options: { readonly alternatives: readonly Entry[]; readonly close: readonly Entry[]; readonly ephemeral: boolean },
): Reply {
  const source = sourceOf(kb, entry);
  const fields = [{ name: 'Reference', value: referenceField(entry) }];
  if (entry.context) fields.push({ name: 'Note', value: entry.context });
  if (options.close.length > 0) {
    fields.push({ name: 'Also close to your question', value: options.close.map((e) => `• ${e.claim}`).join('\n') });
  }
  const card: Card = {
    tone: 'answer', title: `Claim: ${entry.claim}`, url: source?.address,
    description: entry.rebuttal, quote: entry.quote, fields, footer: attributionFooter(source),
  };
  const buttons: Control[] = [{ kind: 'button', id: encodeControl({ action: 'passage', id: entry.id }), label: 'Show passage', primary: true }];
  if (options.alternatives.length > 0) {
    buttons.push({ kind: 'button', id: encodeControl({ action: 'others', ids: options.alternatives.map((e) => e.id) }), label: 'Other matches' });
  }
  return { cards: [card], rows: [[...buttons, ...sourceLink(source)]], ephemeral: options.ephemeral };
}

/** When the article does not clearly address the question: the closest entries, and where to browse. */
export function notAnsweredReply(kb: KnowledgeBase, suggestions: readonly Entry[], visibility: Visibility): Reply {
  const cited = kb.sources.map((s) => s.citation).join(', ');
  const description = suggestions.length > 0
    ? `${cited} does not clearly address that. The closest arguments it makes are below; pick one, or browse the article with /section.`
    : `${cited} does not clearly address that. Browse the article's arguments with /section, or ask in other words.`;
  const card: Card = { tone: 'notice', title: 'Not clearly addressed by the article', description };
  const rows = suggestions.length > 0 ? [entryButtons(suggestions, visibility)] : [];
  return { cards: [card], rows, ephemeral: true };
}

/** The cited paragraphs, verbatim, for whoever clicked "Show passage". */
export function passageReply(kb: KnowledgeBase, entry: Entry): Reply {
  const source = sourceOf(kb, entry);
  const cards: Card[] = entry.passages.map((p, i) => ({
    tone: 'browse',
    title: i === 0 ? `§${entry.section} ${entry.sectionTitle}` : undefined,
    description: `**¶${p.number} · p. ${p.page}**\n${p.quotation ? `> ${p.text}` : p.text}`,
    footer: i === entry.passages.length - 1 ? `${source?.citation ?? entry.source}, ${paragraphLabel(entry.paragraphs)}, ${pageLabel(entry)} (verbatim)` : undefined,
  }));
  return { cards, rows: [sourceLink(source)].filter((r) => r.length > 0), ephemeral: true };
}

/** The runner-up candidates of an answer, each pickable. */
export function othersReply(entries: readonly Entry[]): Reply {
  const description = entries.map((e) => `• **${e.claim}**\n  ${referenceField(e)}`).join('\n');
  return {
    cards: [{ tone: 'browse', title: 'Other matches', description }],
    rows: [entryButtons(entries, 'ephemeral')],
    ephemeral: true,
  };
}

/** The reply to a free-text question: the answer with its alternatives, or the honest "not addressed". */
export function replyToQuestion(kb: KnowledgeBase, result: MatchResult, visibility: Visibility): Reply {
  const [best, ...rest] = result.candidates;
  if (!result.answered || !best) return notAnsweredReply(kb, result.candidates.map((c) => c.entry), visibility);
  return answerReply(kb, best.entry, {
    alternatives: rest.filter((c) => c.score >= best.score * TUNING.alternativeRatio).map((c) => c.entry),
    close: rest.filter((c) => result.close.includes(c.entry.id)).map((c) => c.entry),
    ephemeral: visibility === 'ephemeral',
  });
}
