/**
 * Topics that are parts of the article rather than subjects: a section asked for by number, and
 * the whole article's main points when a summary is asked for. Both list entries as a topic does.
 */
import type { HybridMatcher } from '../search/hybrid-matcher.ts';
import { sectionAsked } from './message-kind.ts';
import type { Reading } from './reading.ts';
import { MAX_TOPIC_PICKS } from './topics.ts';

/** "section 4?": that section's entries, its thesis first, as a topic. */
export function sectionTopic(matcher: HybridMatcher, text: string): Reading | undefined {
  const asked = sectionAsked(text);
  const source = matcher.knowledge.sources[0];
  const sections = source?.sections ?? [];
  const section =
    asked === 'first' ? sections[0] : asked === 'last' ? sections.at(-1) : sections.find((s) => s.number === asked);
  if (!source || !section) return undefined;
  const entries = matcher.knowledge.entries.filter((e) => e.source === source.id && e.section === section.number);
  const picks = [...entries.filter((e) => e.thesis), ...entries.filter((e) => !e.thesis)].slice(0, MAX_TOPIC_PICKS);
  const subject = `§${section.number} ${section.title}`;
  return { kind: 'topic', stance: 'question', text, match: undefined, subject, picks };
}

/**
 * "summarize the article": its main points as a topic, the thesis of each section, the first and
 * the last section's (the introduction's and the conclusion's) first.
 */
export function summaryTopic(matcher: HybridMatcher, text: string): Reading {
  const theses = matcher.knowledge.entries.filter((e) => e.thesis && e.source === matcher.knowledge.sources[0]?.id);
  const [first, ...rest] = theses;
  const last = rest.pop();
  const picks = [first, last, ...rest].filter((e) => e !== undefined).slice(0, MAX_TOPIC_PICKS);
  return { kind: 'topic', stance: 'question', text, match: undefined, subject: SUMMARY_SUBJECT, picks };
}

/** The subject a summary is listed under. */
const SUMMARY_SUBJECT = 'the article’s main points';
