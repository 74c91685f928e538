/** The entries a topic question lists, and the nearest topics offered when a message is not addressed. */
import type { Entry } from '../knowledge/types.ts';
import type { HybridMatcher } from '../search/hybrid-matcher.ts';
import type { MatchResult } from '../search/matcher.ts';

/** Most entries a topic question lists, and most nearest topics offered when one is not addressed. */
export const MAX_TOPIC_PICKS = 5;
export const MAX_NEAREST = 3;
/** Share of a message a candidate must explain to be offered as a nearest topic. */
const NEAREST_MIN_SCORE = 0.3;
/**
 * What an entry needs to join a topic's list: this share of the subject explained, and this share
 * of the best entry's score ("the soviet period" lists the three Soviet entries at 0.46).
 */
const TOPIC_MIN_SCORE = 0.4;
const TOPIC_SHARE = 0.6;

/**
 * The entries on a subject: the best-scoring entries for it, weak or not (a subject of one word
 * rarely carries the evidence an answer needs, yet it names the topic), then the words' ranking.
 */
export async function topicPicks(matcher: HybridMatcher, subject: string): Promise<Entry[]> {
  const match = await matcher.ask(subject);
  if (match.verdict === 'out-of-scope' || match.verdict === 'other-language') return [];
  const ranked = matcher.rank(subject, MAX_TOPIC_PICKS);
  const found = [...match.candidates, ...ranked];
  const top = Math.max(0, ...found.map((c) => c.score));
  const named = found.filter((c) => c.score >= TOPIC_MIN_SCORE && c.score >= top * TOPIC_SHARE);
  return [...new Set(named.map((c) => c.entry))].slice(0, MAX_TOPIC_PICKS);
}

/**
 * The nearest topics to offer when a message is not addressed: the parts of it the article does
 * answer, else the suggestions with real evidence, else (for a topic the article does not address)
 * the candidates that explain a fair share of it: "the 2023 offensive was ethnic cleansing" is
 * near the ethnic-cleansing entry; "who won the 2020 war?" is near nothing.
 */
export function nearestTopics(match: MatchResult): Entry[] {
  const found =
    match.alsoRaises.length > 0
      ? match.alsoRaises
      : match.suggestions.length > 0
        ? match.suggestions
        : match.verdict === 'out-of-scope'
          ? match.candidates.filter((c) => c.score >= NEAREST_MIN_SCORE)
          : [];
  return found.map((c) => c.entry).slice(0, MAX_NEAREST);
}
