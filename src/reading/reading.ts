import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import type { HybridMatcher } from '../search/hybrid-matcher.ts';
import type { MatchResult } from '../search/matcher.ts';
import { contentTokens } from '../text/tokens.ts';
import { isEverydayWord } from '../text/english-frequency.ts';
import { otherLanguageOf } from '../text/language.ts';
import {
  asksForSummary,
  asksForTopic,
  isAbout,
  isChat,
  isFiller,
  namesPublisher,
  opensLikeChat,
  type ReplyKind,
  topicSubject,
  withoutGreeting,
} from './message-kind.ts';
import { type Stance, stanceOf } from './stance.ts';
import { gatedKind, guessKind } from './kind-gates.ts';
import { mirrored } from './mirror.ts';
import { topicPicks } from './topics.ts';
import { sectionTopic, summaryTopic } from './whole-topics.ts';

/** How one message was read: the kind of reply it gets, the side it takes, and what was found. */
export interface Reading {
  readonly kind: ReplyKind;
  readonly stance: Stance;
  /** The message as read (a greeting before it removed). */
  readonly text: string;
  /** The matcher's answer, for every kind but chat, about and topic. */
  readonly match: MatchResult | undefined;
  /** With kind "topic": the subject asked about. */
  readonly subject?: string;
  /**
   * With kind "topic": the entries on the subject. (A reply with a match finds its own nearest
   * topics: nearestTopics.)
   */
  readonly picks: readonly Entry[];
}

/** The kind of reply a match makes. */
export function kindOfMatch(match: MatchResult): ReplyKind {
  if (match.answered) return 'argument';
  if (match.verdict === 'other-language') return 'other-language';
  if (match.verdict === 'out-of-scope') return 'not-addressed';
  if (match.verdict === 'no-content') return 'unclear';
  // Only words neither the knowledge base nor everyday English knows ("asdf qwerty"): nothing was
  // understood. "how do I install python" is English, only not about the article.
  const words = contentTokens(match.question).length;
  const unknown = match.unknownWords.filter((w) => !isEverydayWord(w)).length;
  return words > 0 && unknown >= words ? 'unclear' : 'not-addressed';
}

/**
 * Reads one message: chat, a question about the bot or its source, a topic question, or else
 * what the matcher makes of it, with the side it takes. Every surface that turns text into a
 * reply starts here.
 */
export async function readMessage(matcher: HybridMatcher, message: string): Promise<Reading> {
  if (isChat(message)) return plain('chat', message);
  const text = withoutGreeting(message);
  // Another language first: "а что в статье про наёмников?" names the article but is not read.
  if (otherLanguageOf(text)) {
    const match = await matcher.ask(text);
    return { kind: kindOfMatch(match), stance: 'question', text, match, picks: [] };
  }
  const names = publisherNames(matcher.knowledge);
  if (asksForSummary(text, names)) return summaryTopic(matcher, text);
  if (isAbout(text, names)) return plain('about', text);
  // Only filler ("hmm", "wait what") with something in it: nothing to match ("??" has no words at all).
  if (isFiller(text) && text.trim() !== '') return plain('unclear', text);
  const section = sectionTopic(matcher, text);
  if (section) return section;
  const subject = topicSubject(text, names);
  const asked = subject !== undefined && asksForTopic(text, names);
  if (subject !== undefined) {
    const picks = await topicPicks(matcher, subject);
    // Asked in so many words, or a bare subject ("minsk", "ethnic cleansing") that several points
    // of the article take up: the topic's list. A bare name of one point ("chiragov v armenia") is
    // answered as a question. A bare subject that names a side lists only if it would with the
    // sides swapped: "aliyev lies" and "pashinyan lies" get the same kind of reply.
    if (picks.length > (asked ? 0 : 1) && (asked || (await listsMirrored(matcher, subject))))
      return { kind: 'topic', stance: 'question', text, match: undefined, subject, picks };
  }
  // "what does the author think about Iran?" asks about Iran, listed or not: the words read it.
  if (namesPublisher(text, names) && !asked) return plain('about', text);
  // The words read it, and the model reads the kind of a short message, together.
  const [match, guess] = await Promise.all([matcher.ask(text), guessKind(matcher, text)]);
  // What the patterns did not foresee, the model may recognise: chat, a question about the bot or
  // its source, or a subject asked about (listed if the article takes it up).
  const decided = await gatedKind(matcher, text, match, guess);
  if (decided === 'chat' || decided === 'about') return plain(decided, text);
  if (decided === 'topic') {
    const picks = await topicPicks(matcher, subject ?? text);
    if (picks.length > 0)
      return { kind: 'topic', stance: 'question', text, match: undefined, subject: subject ?? text, picks };
  }
  const kind = kindOfMatch(match);
  // "ty that helped a lot", "cool, interesting read": chat that the article does not answer.
  if ((kind === 'unclear' || (kind === 'not-addressed' && match.verdict !== 'out-of-scope')) && opensLikeChat(text)) {
    return plain('chat', text);
  }
  const entry = match.answered ? match.candidates[0]?.entry : undefined;
  const stance = kind === 'argument' || kind === 'not-addressed' ? stanceOf(text, entry) : 'question';
  return { kind, stance, text, match, picks: [] };
}

/** Every source's publisher names, as the front matter gives them; one list per knowledge base. */
const namesOf = new WeakMap<KnowledgeBase, readonly string[]>();
function publisherNames(kb: KnowledgeBase): readonly string[] {
  let names = namesOf.get(kb);
  if (!names) namesOf.set(kb, (names = kb.sources.flatMap((s) => s.publisherNames)));
  return names;
}

/** A reading that needs no match: chat, a question about the bot or its source, or filler. */
const plain = (kind: 'chat' | 'about' | 'unclear', text: string): Reading => ({
  kind,
  stance: 'question',
  text,
  match: undefined,
  picks: [],
});

/** Whether a bare subject with the sides' names swapped also names several points (see readMessage). */
async function listsMirrored(matcher: HybridMatcher, subject: string): Promise<boolean> {
  const mirror = mirrored(subject);
  return mirror === undefined || (await topicPicks(matcher, mirror)).length > 1;
}
