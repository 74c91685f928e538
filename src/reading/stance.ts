import type { Entry } from '../knowledge/types.ts';
import { foldText } from '../text/normalize.ts';
import { contentTokens } from '../text/tokens.ts';
import { cueCounts } from './side-cues.ts';

/**
 * Which side a message takes: `article` (it argues a position the article takes), `other` (a
 * position the article answers) or `question` (it asks, or takes no side). Replies never put a
 * claim in the asker's mouth whatever this says; it chooses the labels and the lead.
 */
export type Stance = 'article' | 'other' | 'question';

/** How much a side's evidence must outweigh the other's before the bot names a side. */
export const STANCE_MARGIN = 1;
/** A message asked as a question needs this much more: most questions take no side. */
export const QUESTION_MARGIN = 2;
/** Evidence enough to act on a side, not only to label it. */
export const SURE_MARGIN = 2;
/** Weight of one word shared with one side's phrasings of the matched entry only. */
const PHRASING_WEIGHT = 0.5;
/** Most the matched entry's phrasings may add: the words of one entry are few. */
const PHRASING_CAP = 1.5;

const QUESTION_WORDS =
  'what|why|how|is|are|was|were|does|do|did|can|could|should|would|who|when|where|which|has|have|will';
const ASKS = new RegExp(String.raw`^(${QUESTION_WORDS}|tell me|explain|any|anything)\b`);

/** Whether a message is put as a question: a question mark at its end, or a question word first. */
export function isAsked(text: string): boolean {
  return /\?\s*["')\]]*\s*$/.test(text) || ASKS.test(foldText(text));
}

const stemsOf = (texts: readonly string[]) => new Set(texts.flatMap((t) => contentTokens(t).map((x) => x.stem)));

/** Stems that only one side's phrasings of an entry use. */
interface SideStems {
  readonly article: ReadonlySet<string>;
  readonly other: ReadonlySet<string>;
}

/** Worked out once per entry: entries never change (a reload builds new ones). */
const sideStems = new WeakMap<Entry, SideStems>();

function stemsBySide(entry: Entry): SideStems {
  const known = sideStems.get(entry);
  if (known) return known;
  const article = stemsOf(entry.phrasings.article);
  const other = stemsOf([...entry.phrasings.other, ...(entry.claim ? [entry.claim] : [])]);
  const only = {
    article: new Set([...article].filter((stem) => !other.has(stem))),
    other: new Set([...other].filter((stem) => !article.has(stem))),
  };
  sideStems.set(entry, only);
  return only;
}

/**
 * The lean of a message towards one side of the entry it matched, from the entry's side-tagged
 * phrasings and its claim: words only one side's phrasings use (positive for the article's).
 */
export function entryLean(text: string, entry: Entry | undefined): number {
  if (!entry) return 0;
  const only = stemsBySide(entry);
  let lean = 0;
  for (const stem of new Set(contentTokens(text).map((t) => t.stem))) {
    if (only.article.has(stem)) lean += PHRASING_WEIGHT;
    else if (only.other.has(stem)) lean -= PHRASING_WEIGHT;
  }
  return Math.max(-PHRASING_CAP, Math.min(PHRASING_CAP, lean));
}

/** The side a message takes, given the entry it matched (if any). Unsure means `question`. */
export function stanceOf(text: string, entry?: Entry): Stance {
  return sideOf(text, entry).stance;
}

/**
 * The side and how sure: `sure` when the evidence is at least SURE_MARGIN, enough to act on
 * ("Counter with the article" then offers nothing to post against a message on the article's side).
 */
export function sideOf(text: string, entry?: Entry): { readonly stance: Stance; readonly sure: boolean } {
  const cues = cueCounts(text);
  const asked = isAsked(text);
  // Positive for the article's side, negative for the other.
  const score = cues.article - cues.other + entryLean(text, entry);
  // The article's side is named only when sure: "The article makes a similar argument" told to
  // someone who argued the opposite speaks for them (the other side's labels differ from the
  // neutral ones by one word). Held-apart sets: 3 of 52 such labels went to the other side.
  const margin = asked ? QUESTION_MARGIN : score > 0 ? SURE_MARGIN : STANCE_MARGIN;
  if (Math.abs(score) < margin) return { stance: 'question', sure: false };
  return { stance: score > 0 ? 'article' : 'other', sure: Math.abs(score) >= SURE_MARGIN };
}
