import type { EditorNote, Entry, KnowledgeBase, Source } from '../knowledge/types.ts';
import type { MatchResult } from '../search/matcher.ts';
import { monthYear } from '../text/dates.ts';
import { encodeControl, type Visibility } from './custom-id.ts';
import { paragraphLabel, pageLabel, referenceField } from './reference.ts';
import { fitCard, quoteAddsTo } from './card-budget.ts';
import { echoed } from './echo.ts';
import { otherLanguageReply } from './language-replies.ts';
import { entryButtons, notAddressedLine, notAnsweredReply, outOfScopeReply } from './not-answered-replies.ts';
import { nearestTopics } from '../reading/reading.ts';
import type { Stance } from '../reading/stance.ts';
import { type Card, type Control, type Reply } from './view.ts';

const sourceOf = (kb: KnowledgeBase, entry: Entry): Source | undefined => kb.sourceById.get(entry.source);

/** The short line every answer carries: whose argument it is (about one phone line). */
export function attributionFooter(source: Source | undefined): string {
  return source?.attributionLine ?? '';
}

/** The link button to a source. */
export function sourceLink(source: Source | undefined): Extract<Control, { kind: 'link' }>[] {
  return source ? [{ kind: 'link', url: source.address, label: 'Read the article' }] : [];
}

/** An editor's note as a field, visibly apart from the article: "Editor's note (September 2023)". */
export function noteField(note: EditorNote): { name: string; value: string } {
  return { name: `Editor's note (${monthYear(note.date)})`, value: `${note.text} [Source](${note.source})` };
}

/**
 * The body of an answer, labelled for the side the asker took. Nobody's words are put in the
 * asker's mouth: the claim is always "the other side's", and when the asker argues the article's
 * own position the card leads with the article's (similar) argument.
 */
export function sidedBody(entry: Entry, stance: Stance): string {
  return sidedText(entry.claim, entry.rebuttal, stance);
}

/** The body of sidedBody from a claim and a rebuttal as given (a card may have cut them to fit). */
function sidedText(claim: string | undefined, rebuttal: string, stance: Stance): string {
  if (!claim) return rebuttal;
  const other = `**The other side argues:** ${claim}`;
  if (stance === 'article') return `**The article makes a similar argument:** ${rebuttal}\n\n${other}`;
  return `${other}\n\n**${stance === 'other' ? 'The article responds' : 'The article’s answer'}:** ${rebuttal}`;
}

/**
 * The answer to a question, for a phone first: what was asked (small, mention-safe), the neutral
 * topic, the claim the article responds to, its rebuttal (labelled for the asker's side), the
 * verbatim quote only where it says more than the rebuttal, the reference; dated editor's notes
 * apart; a one-line attribution. The
 * runner-ups are behind "Other matches", not listed again.
 */
export function answerReply(
  kb: KnowledgeBase,
  entry: Entry,
  options: {
    readonly alternatives: readonly Entry[];
    readonly ephemeral: boolean;
    /** Topics of the question the article does not address, stated as a caveat. */
    readonly notAddressed?: readonly string[];
    /** What the person asked, shown in small text so that others see why this answer came. */
    readonly asked?: string;
    /** Other claims of the message that other entries answer: named, each a button. */
    readonly alsoRaises?: readonly Entry[];
    /** The side the asker took; "question" (neutral labels) when unknown. */
    readonly stance?: Stance;
  },
): Reply {
  const source = sourceOf(kb, entry);
  const fields = [{ name: 'Reference', value: referenceField(entry) }, ...entry.notes.map(noteField)];
  const notAddressed = options.notAddressed ?? [];
  if (notAddressed.length > 0) fields.push({ name: 'Not in the article', value: notAddressedLine(kb, notAddressed) });
  const also = options.alsoRaises ?? [];
  if (also.length > 0) {
    fields.push({ name: 'This message also raises', value: also.map((e) => `• ${e.topic}`).join('\n') });
  }
  const stance = options.stance ?? 'question';
  const { description, quote } = fitCard({
    quote: quoteAddsTo(entry.rebuttal, entry.quote) ? entry.quote : undefined,
    asked: options.asked?.trim() ? options.asked : undefined,
    claim: entry.claim,
    rebuttal: entry.rebuttal,
    body: (claim, rebuttal) => sidedText(claim, rebuttal, stance),
    askedLine: (asked, max) => `-# Asked: “${echoed(asked, Math.min(max, ASKED_CHARS))}”\n`,
  });
  const card: Card = {
    tone: 'answer',
    title: entry.topic,
    description,
    ...(quote ? { quote } : {}),
    fields,
    footer: attributionFooter(source),
  };
  const passage = encodeControl({ action: 'passage', id: entry.id });
  const buttons: Control[] = [{ kind: 'button', id: passage, label: 'Show passage', primary: true }];
  if (options.alternatives.length > 0) {
    const others = encodeControl({ action: 'others', ids: options.alternatives.map((e) => e.id) });
    buttons.push({ kind: 'button', id: others, label: 'Other matches' });
  }
  const alsoRow = also.length > 0 ? [entryButtons(also, options.ephemeral ? 'ephemeral' : 'public')] : [];
  const rows = [[...buttons, ...sourceLink(source)], ...alsoRow];
  return { cards: [card], rows, ephemeral: options.ephemeral, shareable: true };
}

/** Most characters of the question repeated under an answer. */
const ASKED_CHARS = 120;
/** The cited paragraphs, verbatim, for whoever clicked "Show passage". */
export function passageReply(kb: KnowledgeBase, entry: Entry): Reply {
  const source = sourceOf(kb, entry);
  const cards: Card[] = entry.passages.map((p, i) => ({
    tone: 'browse',
    title: i === 0 ? `§${entry.section} ${entry.sectionTitle}` : undefined,
    description: `**¶${p.number} · p. ${p.page}**\n${p.quotation ? `> ${p.text}` : p.text}`,
    footer:
      i === entry.passages.length - 1
        ? `${source?.citation ?? entry.source}, ${paragraphLabel(entry.paragraphs)}, ${pageLabel(entry)} (verbatim)`
        : undefined,
  }));
  return { cards, rows: [sourceLink(source)].filter((r) => r.length > 0), ephemeral: true, shareable: true };
}

/** The runner-up candidates of an answer, each pickable. */
export function othersReply(entries: readonly Entry[]): Reply {
  const description = entries.map((e) => `• **${e.topic}**\n  ${referenceField(e)}`).join('\n');
  return {
    cards: [{ tone: 'browse', title: 'Other matches', description }],
    rows: [entryButtons(entries, 'ephemeral')],
    ephemeral: true,
    shareable: true,
  };
}

/** The reply to a free-text question: the answer, the honest "not addressed", or the closest topics. */
export function replyToQuestion(
  kb: KnowledgeBase,
  result: MatchResult,
  visibility: Visibility,
  stance: Stance = 'question',
): Reply {
  const [best] = result.candidates;
  const also = result.alsoRaises.map((c) => c.entry);
  if (result.verdict === 'out-of-scope') {
    return outOfScopeReply(kb, result.notAddressed, nearestTopics(result), also.length > 0);
  }
  if (result.verdict === 'other-language' && result.language) return otherLanguageReply(kb, result.language);
  // The parts of the message the article answers, else suggestions with real evidence ("who won
  // the FIFA World Cup?" shares only "world" and gets none).
  if (!result.answered || !best) return notAnsweredReply(kb, nearestTopics(result), visibility);
  return answerReply(kb, best.entry, {
    alternatives: result.alternatives.map((c) => c.entry),
    ephemeral: visibility === 'ephemeral',
    notAddressed: result.notAddressed,
    asked: result.question,
    alsoRaises: also,
    stance,
  });
}
