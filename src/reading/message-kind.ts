import { foldText } from '../text/normalize.ts';
import { foldedMessage, NO_NAMES } from './folded-message.ts';
import { contentTokens } from '../text/tokens.ts';
import { ABOUT, ABOUT_PUBLISHER } from './about-patterns.ts';
import { SHORT_ABOUT } from './about-words.ts';
import { ABOUT_WORKINGS } from './about-workings.ts';
import { CHAT, CHAT_MARK, GREETING_FIRST, THANKS_FIRST } from './chat-patterns.ts';
import { CHAT_MAX_WORDS } from './kind-gates.ts';
import { CUT_SHORT, FILLER_ONLY, SECTION_ASKED, SECTION_BY_PLACE, STATES } from './shape-patterns.ts';
import { SUMMARY_ASKED } from './summary-patterns.ts';
import { TOPIC_PATTERNS } from './topic-patterns.ts';

/**
 * What kind of reply a message gets. `argument`: an entry answers it. `topic`: it asks what the
 * article says on a subject ("minsk", "what does it say about genocide?"): a list of entries.
 * `about`: it asks about the bot, the article, its author or its bias: the about card. `chat`:
 * greetings and thanks: one line on how to ask. `not-addressed`: the article does not address it.
 * `other-language`: not in English. `unclear`: nothing to answer ("asdf", "???").
 */
export type ReplyKind = 'argument' | 'topic' | 'about' | 'chat' | 'not-addressed' | 'other-language' | 'unclear';

/** Most words of a message that asks whether the bot or its source is biased, neutral, fair… */
const SHORT_ABOUT_WORDS = 12;
/** Most topic words the subject of "what does it say about …" holds: more is a claim. */
const MAX_SUBJECT_WORDS = 6;
/** A bare subject ("minsk", "the war", "UN resolutions?"): at most this many words, and topic words. */
const MAX_BARE_WORDS = 4;
/**
 * A subject that opens a clause asks whether the article says something, not what it says on a
 * subject ("does the article mention that armenia occupied the districts", "how does the author
 * handle the fact that…"): a claim, for the matcher.
 */
const CLAUSE_FIRST = /^(that|whether|if|the fact that|how|why|when)\b/;
const MAX_BARE_TOPIC_WORDS = 2;

/** Whether a message is only greetings, thanks or small talk. */
export function isChat(text: string): boolean {
  return CHAT.test(foldText(text));
}

/** Whether chat opens with thanks: it gets "glad it helped", not the greeting's how-to-ask. */
export function opensWithThanks(text: string): boolean {
  return THANKS_FIRST.test(foldText(text));
}

/** The message with a greeting before it removed ("hi, was Karabakh a colony?"), else as it is. */
export function withoutGreeting(text: string): string {
  const folded = foldText(text);
  const found = GREETING_FIRST.exec(folded);
  if (!found || found[0].length >= folded.length) return text;
  // Drop the original words that fold into the greeting's words ("hi—was" folds into two words).
  const greeting = found[0].trim().split(' ').length;
  const words = text.trim().split(/\s+/);
  const foldedCount = (word: string) => foldText(word).split(' ').filter(Boolean).length;
  let seen = 0;
  let dropped = 0;
  while (dropped < words.length && seen < greeting) seen += foldedCount(words[dropped++] ?? '');
  if (seen > greeting) return text;
  return words
    .slice(dropped)
    .join(' ')
    .replace(/^[,.!:;\s-]+/, '');
}

/** Whether a message asks about the bot, its source, the author or publisher, or its bias. */
export function isAbout(text: string, publisherNames: readonly string[] = NO_NAMES): boolean {
  const folded = foldedMessage(text, publisherNames);
  const short = folded.split(' ').length <= SHORT_ABOUT_WORDS;
  if (ABOUT.some((pattern) => pattern.test(folded))) return true;
  if (ABOUT_WORKINGS.some((pattern) => pattern.test(folded))) return true;
  return short && SHORT_ABOUT.some((pattern) => pattern.test(folded));
}

/** Whether a message asks for a summary of the whole article (summary-patterns.ts). */
export function asksForSummary(text: string, publisherNames: readonly string[] = NO_NAMES): boolean {
  const folded = foldedMessage(text, publisherNames);
  return SUMMARY_ASKED.some((pattern) => pattern.test(folded));
}

/** Whether a message that is not a topic question names the publisher or author. */
export function namesPublisher(text: string, publisherNames: readonly string[] = NO_NAMES): boolean {
  return ABOUT_PUBLISHER.test(foldedMessage(text, publisherNames));
}

/** Whether a message is only filler words ("hmm", "wait what", "ok but") or cut short: nothing to answer. */
export function isFiller(text: string): boolean {
  const folded = foldText(text);
  return folded === '' || FILLER_ONLY.test(folded) || CUT_SHORT.test(folded);
}

/**
 * The section a message names alone: by number ("section 4?", "what's in section 3"), or by its
 * place ("the intro", "summarize the conclusion": the first or the last), if it does.
 */
export function sectionAsked(text: string): number | 'first' | 'last' | undefined {
  // Folding drops "§", so it is read as the word first.
  const folded = foldText(text.replace(/§\s*/g, 'section '));
  const n = SECTION_ASKED.exec(folded)?.groups?.n;
  if (n !== undefined) return Number(n);
  const place = SECTION_BY_PLACE.exec(folded)?.groups?.place;
  return place === undefined ? undefined : place.startsWith('intro') ? 'first' : 'last';
}

/**
 * Whether a short message opens like chat ("ty that helped", "cool, interesting read"). A long one
 * that opens with "ok so" argues, whatever the matcher made of it: chat is twelve words at most, as
 * the kind model's chat gate has it (kind-gates.ts).
 */
export function opensLikeChat(text: string): boolean {
  const folded = foldText(text);
  return folded.split(' ').length <= CHAT_MAX_WORDS && CHAT_MARK.test(folded);
}

/** Whether a message asks in so many words what the article says on a subject (not a bare subject). */
export function asksForTopic(text: string, publisherNames: readonly string[] = NO_NAMES): boolean {
  const folded = foldedMessage(text, publisherNames);
  return TOPIC_PATTERNS.some((pattern) => pattern.test(folded));
}

/**
 * The subject of a topic question, or undefined when the message is not one: "what does the
 * article say about genocide?" → "genocide"; "tell me about the minsk group" → "the minsk group";
 * a bare subject of one or two topic words ("minsk", "the war", "UN resolutions?") as it is.
 */
export function topicSubject(text: string, publisherNames: readonly string[] = NO_NAMES): string | undefined {
  const folded = foldedMessage(text, publisherNames);
  const asked = TOPIC_PATTERNS.map((pattern) => pattern.exec(folded)).find((found) => found !== null);
  const subject = asked?.groups?.subject?.trim();
  // "what about the IDPs, don't they get a right to return?" argues: a subject holds no statement.
  const topicWords = (text: string) => contentTokens(text).length;
  const fits = subject !== undefined && topicWords(subject) > 0 && topicWords(subject) <= MAX_SUBJECT_WORDS;
  if (fits && !STATES.test(subject) && !CLAUSE_FIRST.test(subject)) return subject;
  const words = folded.split(' ').filter((w) => w !== '').length;
  const bare = words <= MAX_BARE_WORDS && topicWords(folded) >= 1 && topicWords(folded) <= MAX_BARE_TOPIC_WORDS;
  return bare && !STATES.test(folded) ? folded : undefined;
}
