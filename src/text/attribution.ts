/**
 * Who said a thing is not what it says. News text and pasted statements wrap a claim in a
 * reporting clause ("…," Tovmasyan added. / …, the minister noted. / Sargsyan added that …), and
 * its words (a title, a name, "noted") are words no argument explains: they would count against
 * an answer the claim itself deserves. Such clauses are blanked out before matching, by spaces
 * of the same length so that offsets still point at what the writer typed.
 *
 * Only plain reporting verbs count. "Armenia claims that…" or "Azerbaijan argues that…" keep
 * their subject, since in a debate who argues a thing is often part of the claim.
 */
const VERB =
  String.raw`(?:said|says|added|adds|noted|notes|stated|states|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|` +
  String.raw`declared|declares|told\s+\w+|tells\s+\w+|remarked|explained|underlined)`;

/** A short subject: at most six words (names, titles, "the adviser"), no sentence punctuation. */
const SUBJECT = String.raw`(?:[\w'’.-]+\s+){0,5}[\w'’-]+`;

/** Where and when it was said: "at a briefing on Tuesday", "in an interview with Reuters". */
const CIRCUMSTANCE = String.raw`(?:\s+(?:at|on|in|during|to|after|before|while|when)\s+(?:[\w'’.-]+\s+){0,6}[\w'’-]+)?`;

/**
 * After a comma or a closing quote, at the end of a sentence: `," President Sargsyan said.`,
 * `, the minister noted.`, `," says the adviser to the president … David Babajan.`
 */
const TRAILING = new RegExp(
  String.raw`(?<=[,"”])\s*(?:${SUBJECT}\s+${VERB}${CIRCUMSTANCE}|` +
    String.raw`${VERB}\s+(?:[\w'’.-]+\s+){0,11}[\w'’-]+)\s*(?=[.!?]?\s*$)`,
  'giu',
);

/**
 * When it was said, ending in the year: "On 3 March 2021,", "In 2022,", "in his interview to the
 * local media on January 12, 2022". Only a dated phrase: "In Karabakh, Armenians said that…"
 * keeps its words.
 */
const WHEN = String.raw`(?:on|in|at|during)\s+(?:[\w'’.-]+,?\s+){0,10}?\d{4}`;

/**
 * At the start of a sentence: `Sargsyan added that`, `He noted that`, `The minister said:`, also
 * dated or placed (`On 3 March 2021, the minister said that`, `Aliyev in an interview on January
 * 12, 2022 said that`): the date of a statement is not what it is about.
 */
const LEADING = new RegExp(
  String.raw`^\s*(?:${WHEN},?\s+)?${SUBJECT}(?:\s+${WHEN})?,?\s+${VERB}(?:\s+that\b|\s*:)`,
  'iu',
);

/** The text with a reporting clause at either end of each sentence blanked out. */
export function blankAttribution(text: string): string {
  if (!MAYBE_REPORTING.test(text)) return text;
  return text
    .split(/(?<=[.!?]["”]?)(?=\s)/u)
    .map((sentence) => sentence.replace(LEADING, blank).replace(TRAILING, blank))
    .join('');
}

const blank = (found: string) => ' '.repeat(found.length);

/** Any of the verbs above, as a cheap first test. */
const MAYBE_REPORTING = new RegExp(String.raw`\b${VERB}`, 'iu');
