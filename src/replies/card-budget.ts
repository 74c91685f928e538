// What an answer card shows of its quote, and the card held to a phone screen: its text (the
// description, the quote included) within CARD_BUDGET characters; the title (a topic of at most
// 80) and the reference come on top. What yields, in order: the quote, which "Show passage" shows
// verbatim anyway (never cut: whole or not at all); the question repeated above the answer; then
// the claim and the rebuttal alike, each cut at a word boundary in proportion to its length, so
// that neither side's case is the one shortened.
import { contentTokens } from '../text/tokens.ts';
import { fitText } from './view.ts';

/**
 * A quote of which this share of the words is in the rebuttal already says little new: it is left
 * to "Show passage" (about half the quotes; the reference still says where to check).
 */
const QUOTE_OVERLAP = 0.8;

/** Whether the quote adds to the rebuttal: less than QUOTE_OVERLAP of its words are in it. */
export function quoteAddsTo(rebuttal: string, quote: string): boolean {
  const said = new Set(contentTokens(rebuttal).map((t) => t.stem));
  const words = contentTokens(quote);
  return words.length === 0 || words.filter((t) => said.has(t.stem)).length / words.length < QUOTE_OVERLAP;
}

/** Most characters of an answer card's description, the quote as shown included. */
export const CARD_BUDGET = 900;
/** The repeated question is cut to this before the argument yields anything. */
const MIN_ASKED = 40;

/** The parts of an answer card that may yield, and how the body is put together from them. */
export interface CardParts {
  readonly quote: string | undefined;
  /** The question as asked (already echoed safely), or undefined. */
  readonly asked: string | undefined;
  readonly claim: string | undefined;
  readonly rebuttal: string;
  /** The labelled body from a claim and a rebuttal (sidedText). */
  readonly body: (claim: string | undefined, rebuttal: string) => string;
  /** The "Asked" line from the question, cut to at most `max` characters. */
  readonly askedLine: (asked: string, max: number) => string;
}

/** Characters the Discord renderer gives a quote: a blank line, then each line as "> line". */
export function quoteChars(quote: string | undefined): number {
  if (!quote) return 0;
  const lines = quote.split('\n');
  return 2 + lines.reduce((n, line) => n + line.length + 2, 0) + lines.length - 1;
}

/** The card's description and quote, fitted to CARD_BUDGET. */
export function fitCard(parts: CardParts): { description: string; quote: string | undefined } {
  const room = CARD_BUDGET;
  const asked = (max: number) => (parts.asked ? parts.askedLine(parts.asked, max) : '');
  const body = parts.body(parts.claim, parts.rebuttal);
  const whole = `${asked(Infinity)}${body}`;
  if (whole.length + quoteChars(parts.quote) <= room) return { description: whole, quote: parts.quote };
  if (whole.length <= room) return { description: whole, quote: undefined };
  // The question keeps what room the argument leaves it, and at least MIN_ASKED characters.
  const left = room - body.length - asked(0).length;
  if (left >= MIN_ASKED) {
    const roomy = `${asked(left)}${body}`;
    if (roomy.length <= room) return { description: roomy, quote: undefined };
  }
  const short = asked(MIN_ASKED);
  const full = `${short}${body}`;
  if (full.length <= room) return { description: full, quote: undefined };
  // The claim and the rebuttal give up the same share of themselves.
  const texts = (parts.claim?.length ?? 0) + parts.rebuttal.length;
  const share = Math.max(0, texts - (full.length - room)) / texts;
  const cut = (text: string) => fitText(text, Math.floor(text.length * share));
  const claim = parts.claim === undefined ? undefined : cut(parts.claim);
  return { description: `${short}${parts.body(claim, cut(parts.rebuttal))}`, quote: undefined };
}
