import type { KnowledgeBase } from '../knowledge/types.ts';
import type { MessageClaims } from '../search/claims.ts';
import type { MatchResult } from '../search/matcher.ts';
import { nearestTopics } from '../reading/topics.ts';
import { sideOf } from '../reading/stance.ts';
import { attributionFooter, noteField, sidedBody, sourceLink } from './answer-parts.ts';
import { echoed } from './echo.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';
import { otherLanguageReply } from './language-replies.ts';
import { encodeControl } from './custom-id.ts';
import { citations, referenceField } from './reference.ts';
import { nextStepButtons, outOfScopeReply } from './not-answered-replies.ts';
import { type Card, notice, type Reply } from './view.ts';

/** How a counter is shown: privately or not, with "Post as reply" to a message, in which language. */
export interface CounterOptions {
  readonly ephemeral: boolean;
  readonly postTarget?: string;
  /** The interface's language; English when not given. */
  readonly t?: Translate;
}

/** Most characters of a claim quoted back from the message. */
const QUOTED = 300;

/**
 * The counter to a whole message: one card per claim the article responds to (up to three), each
 * with the words of the message it answers (neutralised), then the article's answer labelled for
 * the side those words take, its quote and reference. `postTarget` adds "Post as reply" (the
 * message's id), unless every claim surely argues the article's own side: then there is nothing of
 * the article's to post against it, and the reply says so.
 */
export function counterReply(kb: KnowledgeBase, found: MessageClaims, options: CounterOptions): Reply {
  const t = options.t ?? english;
  let agrees = 0;
  const cards: Card[] = found.claims.flatMap(({ span, result }) => {
    const entry = result.candidates[0]?.entry;
    if (!entry) return [];
    const { stance, sure } = sideOf(span.text, entry);
    // Only a sure reading takes away "Post as reply": a wrong one would speak for the writer.
    if (stance === 'article' && sure) agrees++;
    const quoted = `**${t('answer.inTheMessage')}:** “${echoed(span.text, QUOTED)}”\n\n`;
    return [
      {
        tone: 'answer' as const,
        title: entry.topic,
        description: `${quoted}${sidedBody(entry, stance, t)}`,
        quote: entry.quote,
        fields: [
          { name: t('answer.reference'), value: referenceField(entry) },
          ...entry.notes.map((n) => noteField(n, t)),
        ],
        footer: attributionFooter(kb.sourceById.get(entry.source)),
      },
    ];
  });
  const source = kb.sources[0];
  const sameSide = cards.length > 0 && agrees === cards.length;
  const head = sameSide ? { content: t('answer.sameSide') } : {};
  const target = sameSide ? undefined : options.postTarget;
  const post = target
    ? [
        {
          kind: 'button' as const,
          id: encodeControl({ action: 'reply', messageId: target }),
          label: t('answer.postAsReply'),
          primary: true,
        },
      ]
    : [];
  const rows = [[...post, ...sourceLink(source, t)]];
  return { ...head, cards, rows, ephemeral: options.ephemeral, shareable: !options.postTarget };
}

/** When nothing in a message is something the article responds to: say so, naming a later topic if one was named. */
export function nothingToCounterReply(kb: KnowledgeBase, whole: MatchResult, t: Translate = english): Reply {
  if (whole.verdict === 'out-of-scope') {
    return outOfScopeReply(kb, whole.notAddressed, nearestTopics(whole), false, t);
  }
  if (whole.verdict === 'other-language' && whole.language) return otherLanguageReply(kb, whole.language, t);
  const why = t('notAnswered.nothingToCounter', { cited: citations(kb) });
  const nothing = notice(t('notAnswered.nothingToCounterTitle'), why);
  return { ...nothing, rows: [nextStepButtons(kb, 'ephemeral', t)] };
}

/** The counter to a message, or why there is none: what the message command and the console share. */
export function counterOrWhyNot(
  kb: KnowledgeBase,
  found: MessageClaims,
  whole: MatchResult | undefined,
  options: CounterOptions,
): Reply {
  const t = options.t ?? english;
  if (found.claims.length > 0) return counterReply(kb, found, options);
  // The whole message is matched only when it has text and none of its claims is answered.
  if (found.text.trim() === '' || !whole) return notice(t('notAnswered.noTextTitle'), t('notAnswered.noText'));
  return nothingToCounterReply(kb, whole, t);
}
