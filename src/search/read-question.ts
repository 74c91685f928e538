// Reading one question against a knowledge base's search index: the words scored, the decision
// taken, and what a whole message also raises. Kept apart from matcher.ts, which makes the matcher
// and its context once and hands each question here.
import { blankAttribution } from '../text/attribution.ts';
import { blankMarkup } from '../text/message-text.ts';
import { otherLanguageOf } from '../text/language.ts';
import { score } from './candidates.ts';
import { decided } from './confidence.ts';
import { MAX_CANDIDATES, type Reading, type SemanticView } from './match-result.ts';
import { readMeaning } from './meaning.ts';
import { bySentence, otherClaims } from './message-parts.ts';
import { suggestionsOf } from './offers.ts';
import { buildQuery } from './query.ts';
import type { TokensOf } from './publisher-words.ts';
import type { ScopeIndex } from './scope.ts';
import type { SearchIndex } from './search-index.ts';
import type { SearchOptions } from './search-options.ts';

/** What every question of one matcher is read against. */
export interface QuestionContext {
  readonly search: SearchIndex;
  readonly scope: ScopeIndex;
  readonly options: SearchOptions;
  readonly tokensOf: TokensOf;
}

/** Reads a question; `whole` is false for one part of a message, which is not split again. */
export function readQuestion(
  context: QuestionContext,
  question: string,
  whole: boolean,
  semantic?: SemanticView,
): { reading: Reading; onSubject: boolean } {
  const { search, scope, options, tokensOf } = context;
  const plain = blankAttribution(blankMarkup(question));
  const tokens = tokensOf(plain);
  const query = buildQuery(tokens, search, options);
  const { words, onSubject } = query;
  const done = (reading: Reading) => ({ reading, onSubject });
  const candidates = score(search, words, MAX_CANDIDATES);
  // A word only a synonym group names is known to the files, not to any entry: not unknown.
  const unknownWords = words
    .filter((w) => w.variants.length === 0 && !search.vocabulary.grouped(w.word))
    .map((w) => w.word);
  const dense = semantic?.(plain);
  const matcher = dense ? ('hybrid' as const) : ('lexical' as const);
  const base = { question, candidates, unknownWords, suggestions: [], alsoRaises: [], matcher };
  const again = (part: string) => readQuestion(context, part, false, semantic).reading;
  // A message the bot cannot read is told so, not answered from the names it shares with English.
  const language = whole ? otherLanguageOf(plain) : undefined;
  const refused = { ...base, answered: false, close: [], notAddressed: [] };
  if (language) return done({ ...refused, verdict: 'other-language', language });
  if (words.length === 0) return done({ ...refused, verdict: 'no-content' });
  const hits = scope.find(tokens);
  const notAddressed = hits.map((h) => h.topic);
  if (hits.length === 0) {
    let decision = decided(candidates, onSubject, options);
    if (!decision.answered && whole) {
      decision = bySentence(plain, candidates, again, { tokensOf, clauseMinWords: options.clauseMinWords }) ?? decision;
    }
    const suggestions = decision.answered ? [] : suggestionsOf(candidates, onSubject, options);
    const byWords: Reading = { ...base, ...decision, notAddressed, suggestions };
    const meant = dense ? readMeaning(search, query, byWords, dense, options) : byWords;
    const answeredBy = meant.answered ? meant.candidates[0]?.entry.id : undefined;
    return done(whole ? { ...meant, alsoRaises: otherClaims(plain, answeredBy, again) } : meant);
  }
  // The question names something the article does not address. Its words for that topic keep
  // their weight but no entry may explain them: the question is answered only if an entry still
  // explains enough of the whole question, and then the topic comes as a caveat.
  // Each of them weighs as the rarest word, however everyday ("won the war"): the phrase names
  // the topic, and the topic is what the question is about.
  const named = new Set(hits.flatMap((h) => [...h.stems]));
  const rarest = search.index.idf('');
  const unexplained = words.map((w) => (named.has(w.stem) ? { ...w, weight: rarest, variants: [], terms: [] } : w));
  const rest = score(search, unexplained, MAX_CANDIDATES);
  const decision = decided(rest, onSubject, options);
  const answered = decision.answered && (rest[0]?.coverage ?? 0) >= options.namedTopicMinCoverage;
  // "Karabakh was always Armenian and the referendum was legal": the article answers one half.
  const alsoRaises = whole ? otherClaims(plain, answered ? rest[0]?.entry.id : undefined, again) : [];
  if (answered) {
    // The meaning may still point away from the answer (it never answers what the words refused here).
    const byWords: Reading = { ...base, candidates: rest, ...decision, notAddressed, alsoRaises };
    return done(dense ? readMeaning(search, query, byWords, dense, options) : byWords);
  }
  return done({
    ...base,
    candidates: rest,
    answered: false,
    verdict: 'out-of-scope',
    close: [],
    notAddressed,
    alsoRaises,
  });
}
