// The one way any surface turns text into a reply: /ask, a mention, "Counter with the article",
// a suggestion picked, the console and the ask CLI all call `answer` and only render what it returns.
import type { AskOutcome } from '../insights/question-event.ts';
import type { ReplyKind } from '../reading/message-kind.ts';
import { readMessage, type Reading } from '../reading/reading.ts';
import { nearestTopics } from '../reading/topics.ts';
import { sideOf, type Stance } from '../reading/stance.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import { counterOrWhyNot } from '../replies/counter-replies.ts';
import type { Visibility } from '../replies/custom-id.ts';
import { replyToReading } from '../replies/reading-replies.ts';
import type { Reply } from '../replies/view.ts';
import { translator, type Translate } from '../text/i18n/i18n.ts';
import type { Language } from '../text/i18n/languages.ts';
import type { Entry } from '../knowledge/types.ts';
import { MAX_UNCLEAR_PICKS } from '../replies/guide-replies.ts';
import { entryReply, pickedEntry } from './entry-picks.ts';
import { closestEntries } from './suggestions.ts';
import { thesisEntries } from './theses.ts';
import { counterOutcome, pickedOutcome, readingOutcome } from './outcome.ts';

/** How a text is read: a question or claim, or a whole message to counter claim by claim. */
export type AnswerMode = 'ask' | 'counter';

/** What `answer` needs besides the text. */
export interface AnswerContext {
  readonly loaded: LoadedKnowledge;
  readonly visibility: Visibility;
  /** "ask" unless said otherwise. */
  readonly mode?: AnswerMode;
  /** With mode "counter": the message a "Post as reply" button would answer. */
  readonly postTarget?: string;
  /** The language of the reply's own words; English when not given. The article's stay English. */
  readonly language?: Language;
  /** COMMAND_PREFIX, for the commands a reply names; none when not given. */
  readonly commandPrefix?: string;
  /** The language of the member's Discord client, whose command names it lists; `language` when not given. */
  readonly clientLanguage?: Language;
}

/** The kind of an answer: how the message was read, an entry named exactly, or a counter. */
export type AnswerKind = ReplyKind | 'picked' | 'counter';

/** One answer as plain data: what it is, the side read, the entries it offers, and the reply. */
export interface Answer {
  readonly kind: AnswerKind;
  readonly stance: Stance;
  /** The entries the reply answers with or offers, best first. */
  readonly picks: readonly string[];
  readonly reply: Reply;
  /** What insights record; undefined for a message with no text at all. */
  readonly outcome: AskOutcome | undefined;
  /** How the message was read, with the matcher's evidence, for tools (`ask --json`); none for a pick or a counter. */
  readonly reading?: Reading;
}

/** Turns a text into an answer: the entry it names, a counter to each claim, or its reading's reply. */
export async function answer(text: string, context: AnswerContext): Promise<Answer> {
  const language = context.language ?? 'en';
  const t = translator(language, context.commandPrefix, context.clientLanguage ?? language);
  const found = await inLanguage(text, context, t);
  return language === 'en' || found.picks.length === 0 ? found : { ...found, reply: saidInEnglish(found.reply, t) };
}

/** The answer, its own words through `t`. */
async function inLanguage(text: string, context: AnswerContext, t: Translate): Promise<Answer> {
  if (context.mode === 'counter') return counter(text, context, t);
  const { loaded, visibility } = context;
  const picked = pickedEntry(loaded, text);
  if (picked) {
    const reply = entryReply(loaded, picked, visibility, t);
    const outcome = pickedOutcome(picked.id, picked.topic);
    return { kind: 'picked', stance: 'question', picks: [picked.id], reply, outcome };
  }
  const reading = await readMessage(loaded.matcher, text);
  // Unclear, and nothing near of its own: it is offered picks to choose from.
  const lost = reading.kind === 'unclear' && (!reading.match || nearestTopics(reading.match).length === 0);
  const unclear = lost ? unclearPicks(loaded, reading.text) : [];
  const reply = replyToReading(loaded.knowledge, reading, visibility, unclear, t);
  const outcome = readingOutcome(reading);
  const picks = lost ? unclear.map((e) => e.id) : picksOf(reading);
  return { kind: reading.kind, stance: reading.stance, picks, reply, outcome, reading };
}

/**
 * What an unclear message is offered: the entries it nearly spells ("mercenarys", "karabkh
 * colny"), else the article's first theses, where a reader would start.
 */
function unclearPicks(loaded: LoadedKnowledge, text: string): Entry[] {
  const near = closestEntries(loaded, text, MAX_UNCLEAR_PICKS);
  return near.length > 0 ? near : thesisEntries(loaded, MAX_UNCLEAR_PICKS);
}

/**
 * A reply that shows the article's entries, in another language than English: its first card
 * says once, in that language, that the article's words are quoted in the original English.
 */
function saidInEnglish(reply: Reply, t: Translate): Reply {
  const [first, ...rest] = reply.cards;
  if (!first) return reply;
  const note = `-# ${t('answer.originalEnglish')}`;
  return {
    ...reply,
    cards: [{ ...first, description: first.description ? `${note}\n${first.description}` : note }, ...rest],
  };
}

/** The entries a reading's reply offers: the answer, a topic's list, or the nearest topics. */
function picksOf(reading: Reading): string[] {
  const { match } = reading;
  if (!match) return reading.picks.map((e) => e.id);
  const first = match.candidates[0]?.entry;
  if (match.answered && first) return [first.id];
  return nearestTopics(match).map((e) => e.id);
}

/**
 * A whole message countered: each claim the article responds to, or why there is none. The whole
 * message is matched only when none of its claims is answered, once, for the reply and the record.
 */
async function counter(text: string, context: AnswerContext, t: Translate): Promise<Answer> {
  const { loaded } = context;
  const found = await loaded.matcher.claims(text);
  const hasText = found.text.trim() !== '';
  const whole = hasText && found.claims.length === 0 ? await loaded.matcher.ask(text) : undefined;
  const ephemeral = context.visibility === 'ephemeral';
  const options = { ephemeral, t, ...(context.postTarget ? { postTarget: context.postTarget } : {}) };
  const reply = counterOrWhyNot(loaded.knowledge, found, whole, options);
  const outcome = hasText ? counterOutcome(found, whole) : undefined;
  const first = found.claims[0];
  const entry = first?.result.candidates[0]?.entry;
  if (first && entry) {
    const picks = found.claims.flatMap((c) => c.result.candidates[0]?.entry.id ?? []);
    return { kind: 'counter', stance: sideOf(first.span.text, entry).stance, picks, reply, outcome };
  }
  const picks = whole ? nearestTopics(whole).map((e) => e.id) : [];
  const kind = !whole ? 'unclear' : whole.verdict === 'other-language' ? 'other-language' : 'not-addressed';
  return { kind, stance: 'question', picks, reply, outcome };
}
