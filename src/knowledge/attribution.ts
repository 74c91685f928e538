/**
 * The attribution rule for rebuttals: every sentence is reported speech, so the bot never states a
 * contested claim in its own voice. A sentence passes when, after at most one connective
 * ("First,", "However,"…), it starts with
 *   - a reporting subject and verb: "The article argues…", "It also says…", "AVİM holds…", or
 *   - a reporting phrase: "In its view, …", "By the article's account, …", "According to the article, …".
 * The verbs report without endorsing: "argues", "says", "holds", "cites"…, never "notes", "shows"
 * or "reveals", which present what follows as fact. The README's admin section states the rule.
 */

import { sentencesOf } from '../text/sentences.ts';
import { ADVERBS, CONNECTIVES, PHRASES, REPORTING_VERBS, SUBJECTS } from './reporting-words.ts';

const forms = (verb: string): [third: string, past: string] => {
  const third = /(s|sh|ch|x|z)$/.test(verb)
    ? `${verb}es`
    : /[^aeiou]y$/.test(verb)
      ? `${verb.slice(0, -1)}ies`
      : `${verb}s`;
  const irregular: Record<string, string> = {
    say: 'said',
    hold: 'held',
    write: 'wrote',
    give: 'gave',
    put: 'put',
    set: 'set',
    read: 'read',
    speak: 'spoke',
    cast: 'cast',
  };
  const past =
    irregular[verb] ??
    (verb.endsWith('e') ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`);
  return [third, past];
};
// Reporting verbs as they follow the subject: "argues", "argued", "points to", "referred to"…
const REPORTING = new Set(
  REPORTING_VERBS.flatMap((verb) => {
    const [head = verb, ...rest] = verb.split(' ');
    const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
    return forms(head).map((form) => `${form}${tail}`);
  }),
);
// …and after a negation ("does not mention", "never discussed"), in the base form.
const BASE = new Set(REPORTING_VERBS);

const alternatives = (list: readonly string[]) => list.map((w) => w.replace(/'/g, "['’]")).join('|');
// A small pattern finds the subject or the reporting phrase; the verb is then looked up in a Set.
// (One regular expression with every verb form took V8 some 60 ms to compile at each start.)
const OPENING = new RegExp(
  `^["'“‘(]?(?:(?:${alternatives(CONNECTIVES)}),?\\s+)?` +
    `(?:(?:${alternatives(SUBJECTS)})\\s+(?:(?:${ADVERBS.join('|')})\\s+)?` +
    `([\\p{L}’']+)(?:\\s+([\\p{L}’']+))?(?:\\s+([\\p{L}’']+))?` +
    `|(?:${alternatives(PHRASES)}),)`,
  'iu',
);

/** Whether the words after the subject are a reporting verb, plain, two-word or negated. */
function reports(first: string, second: string, third: string): boolean {
  if (REPORTING.has(first) || REPORTING.has(`${first} ${second}`)) return true;
  const negated =
    first === 'never'
      ? [second, third]
      : (first === 'does' || first === 'did') && second === 'not'
        ? [third, '']
        : /^(doesn|didn)['’]t$/.test(first)
          ? [second, third]
          : undefined;
  if (!negated) return false;
  const [verb = '', next = ''] = negated;
  return BASE.has(verb) || BASE.has(`${verb} ${next}`);
}

/** Whether one sentence reads as the article's reported speech under the rule above. */
export function isReportedSpeech(sentence: string): boolean {
  const match = OPENING.exec(sentence.trim());
  if (!match) return false;
  // A reporting phrase ("In its view,") has no verb to check.
  if (match[1] === undefined) return true;
  const [first = '', second = '', third = ''] = [match[1], match[2], match[3]].map((w) => (w ?? '').toLowerCase());
  return reports(first, second, third);
}

/** The sentences of a rebuttal that are not reported speech, with their offsets in the text. */
export function unattributedSentences(
  rebuttal: string,
): { readonly start: number; readonly text: string; readonly index: number }[] {
  return sentencesOf(rebuttal).flatMap((s, index) => (isReportedSpeech(s.text) ? [] : [{ ...s, index }]));
}
