// The answer to a question, its cited passage and its runner-ups, as replies.
import type { Source } from '../knowledge/source-types.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import type { MatchResult } from '../search/matcher.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';
import { attributionFooter, noteField, sidedText, sourceLink } from './answer-parts.ts';
import { encodeControl, type Visibility } from './custom-id.ts';
import { paragraphLabel, pageLabel, referenceField } from './reference.ts';
import { fitCard, quoteAddsTo } from './card-budget.ts';
import { echoed } from './echo.ts';
import { otherLanguageReply } from './language-replies.ts';
import { entryButtons, notAddressedLine, notAnsweredReply, outOfScopeReply } from './not-answered-replies.ts';
import { nearestTopics } from '../reading/topics.ts';
import type { Stance } from '../reading/stance.ts';
import { type Card, type Control, type Reply } from './view.ts';

const sourceOf = (kb: KnowledgeBase, entry: Entry): Source | undefined => kb.sourceById.get(entry.source);

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
    /** The interface's language; English when not given. */
    readonly t?: Translate;
  },
): Reply {
  const t = options.t ?? english;
  const source = sourceOf(kb, entry);
  const fields = [
    { name: t('answer.reference'), value: referenceField(entry) },
    ...entry.notes.map((n) => noteField(n, t)),
  ];
  const notAddressed = options.notAddressed ?? [];
  if (notAddressed.length > 0) {
    fields.push({ name: t('answer.notInArticle'), value: notAddressedLine(kb, notAddressed, t) });
  }
  const also = options.alsoRaises ?? [];
  if (also.length > 0) {
    fields.push({ name: t('answer.alsoRaises'), value: also.map((e) => `• ${e.topic}`).join('\n') });
  }
  const stance = options.stance ?? 'question';
  const { description, quote } = fitCard({
    quote: quoteAddsTo(entry.rebuttal, entry.quote) ? entry.quote : undefined,
    asked: options.asked?.trim() ? options.asked : undefined,
    claim: entry.claim,
    rebuttal: entry.rebuttal,
    body: (claim, rebuttal) => sidedText(claim, rebuttal, stance, t),
    askedLine: (asked, max) => `-# ${t('answer.asked', { question: echoed(asked, Math.min(max, ASKED_CHARS)) })}\n`,
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
  const buttons: Control[] = [{ kind: 'button', id: passage, label: t('answer.showPassage'), primary: true }];
  if (options.alternatives.length > 0) {
    const others = encodeControl({ action: 'others', ids: options.alternatives.map((e) => e.id) });
    buttons.push({ kind: 'button', id: others, label: t('answer.otherMatches') });
  }
  const alsoRow = also.length > 0 ? [entryButtons(also, options.ephemeral ? 'ephemeral' : 'public')] : [];
  const rows = [[...buttons, ...sourceLink(source, t)], ...alsoRow];
  return { cards: [card], rows, ephemeral: options.ephemeral, shareable: true };
}

/** Most characters of the question repeated under an answer. */
const ASKED_CHARS = 120;
/** The cited paragraphs, verbatim, for whoever clicked "Show passage". */
export function passageReply(kb: KnowledgeBase, entry: Entry, t: Translate = english): Reply {
  const source = sourceOf(kb, entry);
  const cited = `${source?.citation ?? entry.source}, ${paragraphLabel(entry.paragraphs)}, ${pageLabel(entry)}`;
  const cards: Card[] = entry.passages.map((p, i) => ({
    tone: 'browse',
    title: i === 0 ? `§${entry.section} ${entry.sectionTitle}` : undefined,
    description: `**¶${p.number} · p. ${p.page}**\n${p.quotation ? `> ${p.text}` : p.text}`,
    footer: i === entry.passages.length - 1 ? `${cited} (${t('answer.verbatim')})` : undefined,
  }));
  return { cards, rows: [sourceLink(source, t)].filter((r) => r.length > 0), ephemeral: true, shareable: true };
}

/** The runner-up candidates of an answer, each pickable. */
export function othersReply(entries: readonly Entry[], t: Translate = english): Reply {
  const description = entries.map((e) => `• **${e.topic}**\n  ${referenceField(e)}`).join('\n');
  return {
    cards: [{ tone: 'browse', title: t('answer.otherMatches'), description }],
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
  t: Translate = english,
): Reply {
  const [best] = result.candidates;
  const also = result.alsoRaises.map((c) => c.entry);
  if (result.verdict === 'out-of-scope') {
    return outOfScopeReply(kb, result.notAddressed, nearestTopics(result), also.length > 0, t);
  }
  if (result.verdict === 'other-language' && result.language) return otherLanguageReply(kb, result.language, t);
  // The parts of the message the article answers, else suggestions with real evidence ("who won
  // the FIFA World Cup?" shares only "world" and gets none).
  if (!result.answered || !best) return notAnsweredReply(kb, nearestTopics(result), visibility, t);
  return answerReply(kb, best.entry, {
    alternatives: result.alternatives.map((c) => c.entry),
    ephemeral: visibility === 'ephemeral',
    notAddressed: result.notAddressed,
    asked: result.question,
    alsoRaises: also,
    stance,
    t,
  });
}
