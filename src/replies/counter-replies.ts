import type { KnowledgeBase } from '../knowledge/types.ts';
import type { MessageClaims } from '../search/claims.ts';
import type { MatchResult } from '../search/matcher.ts';
import { attributionFooter, noteField, outOfScopeReply, sourceLink } from './answer-replies.ts';
import { otherLanguageReply } from './language-replies.ts';
import { encodeControl } from './custom-id.ts';
import { referenceField } from './reference.ts';
import { type Card, fitText, notice, type Reply } from './view.ts';

/** Most characters of a claim quoted back from the message. */
const QUOTED = 300;

/**
 * The counter to a whole message: one card per claim the article responds to (up to three), each
 * with the words of the message it answers, the claim as the article's opponents put it, the
 * article's answer, its quote and reference. `postTarget` adds "Post as reply" (the message's id).
 */
export function counterReply(kb: KnowledgeBase, found: MessageClaims, options: { readonly ephemeral: boolean; readonly postTarget?: string }): Reply {
  const cards: Card[] = found.claims.flatMap(({ span, result }) => {
    const entry = result.candidates[0]?.entry;
    if (!entry) return [];
    const claim = entry.claim ? `**The other side argues:** ${entry.claim}\n\n` : '';
    const quoted = `**In the message:** “${fitText(span.text.replace(/\s+/g, ' '), QUOTED)}”\n\n`;
    return [{
      tone: 'answer' as const,
      title: entry.topic,
      description: `${quoted}${claim}${entry.rebuttal}`,
      quote: entry.quote,
      fields: [{ name: 'Reference', value: referenceField(entry) }, ...entry.notes.map(noteField)],
      footer: attributionFooter(kb.sourceById.get(entry.source)),
    }];
  });
  const source = kb.sources[0];
  const post = options.postTarget ? [{ kind: 'button' as const, id: encodeControl({ action: 'reply', messageId: options.postTarget }), label: 'Post as reply', primary: true }] : [];
  return { cards, rows: [[...post, ...sourceLink(source)]], ephemeral: options.ephemeral, shareable: !options.postTarget };
}

/** When nothing in a message is something the article responds to: say so, naming a later topic if one was named. */
export function nothingToCounterReply(kb: KnowledgeBase, whole: MatchResult): Reply {
  if (whole.verdict === 'out-of-scope') return outOfScopeReply(kb, whole.notAddressed);
  if (whole.verdict === 'other-language' && whole.language) return otherLanguageReply(kb, whole.language);
  const cited = kb.sources.map((s) => s.citation).join(', ');
  return notice('Nothing to counter', `${cited} does not respond to anything in that message. Browse what it does argue with /section.`);
}

/** The counter to a message, or why there is none: what the message command and the console share. */
export function counterOrWhyNot(kb: KnowledgeBase, found: MessageClaims, whole: MatchResult | undefined, options: { readonly ephemeral: boolean; readonly postTarget?: string }): Reply {
  if (found.claims.length > 0) return counterReply(kb, found, options);
  // The whole message is matched only when it has text and none of its claims is answered.
  if (found.text.trim() === '' || !whole) return notice('No text to counter', 'That message has no text to counter: only attachments, embeds or stickers.');
  return nothingToCounterReply(kb, whole);
}
