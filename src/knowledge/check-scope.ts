import { hasTerm } from '../text/term-match.ts';
import { contentTokens } from '../text/tokens.ts';
import type { Source } from './source-types.ts';
import type { Problem, ScopeTopic } from './types.ts';

/**
 * Checks the terms of scope.yaml against the sources and the entries. A term must name its topic:
 * one with no content word ("who") matches nothing, and a single word the sources or an entry's
 * keywords and questions use ("start", "law", "killed") would send away questions the article
 * does answer, so it must become a phrase ("started the war"). A phrase must not name any entry's
 * example question either: "secession law" would send away "Is remedial secession recognised in
 * international law?", since a term's words may have others between them. Two terms of one topic
 * that read the same once stop words and endings are dropped ("landmine", "landmines") are one
 * term to the matcher: the second is refused, so the list stays one the curator can read.
 */
export function checkScopeTerms(
  topics: readonly ScopeTopic[],
  sources: readonly Source[],
  entryTexts: readonly string[],
  entryQuestions: readonly string[],
  termAt: (topic: number, term: number, message: string) => Problem,
): Problem[] {
  const texts = [
    ...sources.flatMap((s) => s.sections.flatMap((sec) => sec.paragraphs.map((p) => p.text))),
    ...entryTexts,
  ];
  const used = new Set(texts.flatMap((text) => contentTokens(text).map((t) => t.stem)));
  const problems: Problem[] = [];
  const termStems = topics.map((topic) => topic.terms.map((term) => contentTokens(term).map((t) => t.stem)));
  // Tokenised only when there is a phrase to look for: a large base without scope.yaml pays nothing.
  const phrases = termStems.some((terms) => terms.some((stems) => stems.length > 1));
  const questions = phrases ? entryQuestions.map((q) => ({ q, stems: contentTokens(q).map((t) => t.stem) })) : [];
  topics.forEach((topic, i) => {
    const read = new Map<string, string>();
    topic.terms.forEach((term, k) => {
      const stems = termStems[i]?.[k] ?? [];
      const key = stems.join(' ');
      const same = read.get(key);
      if (stems.length > 0 && same === undefined) read.set(key, term);
      if (same !== undefined) {
        problems.push(
          termAt(
            i,
            k,
            `term "${term}" reads the same as "${same}" in this topic (both match "${key}" once stop words and ` +
              `word endings are dropped): remove one`,
          ),
        );
      } else if (stems.length === 0) {
        problems.push(
          termAt(
            i,
            k,
            `term "${term}" has no word that names the topic (only words like "who", "the"): it would match nothing`,
          ),
        );
      } else if (stems.length === 1 && stems[0] !== undefined && used.has(stems[0])) {
        problems.push(
          termAt(
            i,
            k,
            `term "${term}" is a word the sources or entries use, so questions the article answers would be ` +
              `sent away: make it a phrase (e.g. "${term} …")`,
          ),
        );
      } else if (stems.length > 1) {
        const named = questions.find(({ stems: words }) => hasTerm(words, stems));
        if (named)
          problems.push(
            termAt(
              i,
              k,
              `term "${term}" names the example question "${named.q}", which the article answers: make it more ` +
                `specific`,
            ),
          );
      }
    });
  });
  return problems;
}
