import type { Reading } from '../reading/reading.ts';
import type { ReplyKind } from '../reading/message-kind.ts';
import { kindOfMatch } from '../reading/reading.ts';
import type { Stance } from '../reading/stance.ts';
import type { Entry } from '../knowledge/types.ts';
import type { MessageClaims, Span } from '../search/claims.ts';
import type { MatchResult } from '../search/matcher.ts';

/** One result in the JSON contract of `npm run ask -- --json` (documented in the README). */
export interface ResultJson {
  readonly id: string;
  readonly source: string;
  readonly section: number;
  readonly sectionTitle: string;
  readonly paragraphs: readonly number[];
  readonly page: number;
  readonly passages: readonly string[];
  /** The neutral question that names the entry. */
  readonly topic: string;
  /** The other side's claim the entry responds to; null for a plain topic. */
  readonly claim: string | null;
  readonly rebuttal: string;
  readonly quote: string;
  /** Dated, sourced editor's notes: facts apart from the article. */
  readonly notes: readonly { readonly date: string; readonly text: string; readonly source: string }[];
  readonly score: number;
}

/** The JSON contract for one question. `verdict` and `close` are additions to the documented core. */
export interface MatchJson {
  /** How the question was read: by words and meaning fused, or by words alone. */
  readonly matcher: MatchResult['matcher'];
  /** How the message was read; "picked" for an entry named exactly (`kb:<id>`, as autocomplete sends). */
  readonly kind: ReplyKind | 'picked';
  /** Which side the message takes; "question" when it asks, takes no side, or the bot is unsure. */
  readonly stance: Stance;
  /** With kind "other-language": the language the question is written in. */
  readonly language?: string;
  readonly question: string;
  readonly answered: boolean;
  /** The matcher's verdict; for chat, about and topic messages, their kind. */
  readonly verdict: MatchResult['verdict'] | 'chat' | 'about' | 'topic' | 'picked';
  readonly close: readonly string[];
  /** Topics the question names that the sources do not address (with verdict "out-of-scope", the reason). */
  readonly notAddressed: readonly string[];
  readonly results: readonly ResultJson[];
  /** Other claims of the message that other entries answer, offered as picks. */
  readonly alsoRaises: readonly { readonly id: string; readonly topic: string }[];
}

const resultJson = (entry: Entry, score: number): ResultJson => ({
  id: entry.id,
  source: entry.source,
  section: entry.section,
  sectionTitle: entry.sectionTitle,
  paragraphs: entry.paragraphs,
  page: entry.page,
  passages: entry.passages.map((p) => p.text),
  topic: entry.topic,
  claim: entry.claim ?? null,
  rebuttal: entry.rebuttal,
  quote: entry.quote,
  notes: entry.notes,
  score: Math.round(score * 1000) / 1000,
});

/**
 * A message as read, as plain JSON-ready data. Chat, about and topic messages are not matched:
 * their verdict is their kind, and a topic's results are its entries (score 0).
 */
export function toReadingJson(reading: Reading, matcher: MatchResult['matcher']): MatchJson {
  if (reading.match) return { ...toMatchJson(reading.match, reading.stance), kind: reading.kind };
  return {
    matcher,
    kind: reading.kind,
    stance: reading.stance,
    question: reading.text,
    answered: false,
    verdict: reading.kind === 'unclear' ? 'no-content' : (reading.kind as 'chat' | 'about' | 'topic'),
    close: [],
    notAddressed: [],
    results: reading.picks.map((e) => resultJson(e, 0)),
    alsoRaises: [],
  };
}

/** An entry named exactly, as plain JSON-ready data: answered, with that entry alone. */
export function toPickedJson(entry: Entry, matcher: MatchResult['matcher']): MatchJson {
  return {
    matcher,
    kind: 'picked',
    stance: 'question',
    question: entry.topic,
    answered: true,
    verdict: 'picked',
    close: [],
    notAddressed: [],
    results: [resultJson(entry, 1)],
    alsoRaises: [],
  };
}

/** A match result as plain JSON-ready data. */
export function toMatchJson(result: MatchResult, stance: Stance = 'question'): MatchJson {
  return {
    matcher: result.matcher,
    kind: kindOfMatch(result),
    stance,
    ...(result.language ? { language: result.language } : {}),
    question: result.question,
    answered: result.answered,
    verdict: result.verdict,
    close: result.close,
    notAddressed: result.notAddressed,
    results: result.candidates.map(({ entry, score }) => resultJson(entry, score)),
    alsoRaises: result.alsoRaises.map(({ entry }) => ({ id: entry.id, topic: entry.topic })),
  };
}

/** The JSON contract of `npm run ask -- --claims`: each claim's span in the text and its answer. */
export interface ClaimsJson {
  readonly text: string;
  readonly claims: readonly { readonly span: Span; readonly result: MatchJson }[];
}

/** A message's claims as plain JSON-ready data. */
export function toClaimsJson(found: MessageClaims): ClaimsJson {
  return { text: found.text, claims: found.claims.map(({ span, result }) => ({ span, result: toMatchJson(result) })) };
}
