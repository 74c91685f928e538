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

/** What kind of reply a question gets (more kinds come with the asker's side; see the README). */
export type ReplyKind = 'argument' | 'not-addressed' | 'other-language' | 'unclear';

/** The kind of reply a match result makes. */
export function kindOf(result: MatchResult): ReplyKind {
  if (result.answered) return 'argument';
  if (result.verdict === 'out-of-scope') return 'not-addressed';
  return result.verdict === 'other-language' ? 'other-language' : 'unclear';
}

/** The JSON contract for one question. `verdict` and `close` are additions to the documented core. */
export interface MatchJson {
  /** How the question was read: by words and meaning fused, or by words alone. */
  readonly matcher: MatchResult['matcher'];
  readonly kind: ReplyKind;
  /** With kind "other-language": the language the question is written in. */
  readonly language?: string;
  readonly question: string;
  readonly answered: boolean;
  readonly verdict: MatchResult['verdict'];
  readonly close: readonly string[];
  /** Topics the question names that the sources do not address (with verdict "out-of-scope", the reason). */
  readonly notAddressed: readonly string[];
  readonly results: readonly ResultJson[];
  /** Other claims of the message that other entries answer, offered as picks. */
  readonly alsoRaises: readonly { readonly id: string; readonly topic: string }[];
}

/** A match result as plain JSON-ready data. */
export function toMatchJson(result: MatchResult): MatchJson {
  return {
    matcher: result.matcher,
    kind: kindOf(result),
    ...(result.language ? { language: result.language } : {}),
    question: result.question,
    answered: result.answered,
    verdict: result.verdict,
    close: result.close,
    notAddressed: result.notAddressed,
    results: result.candidates.map(({ entry, score }) => ({
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
    })),
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
