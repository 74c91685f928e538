/**
 * The shapes of a short message that decide how it is read: only filler, a section named by
 * number, a statement rather than a bare subject. They run on folded text.
 */
import { B, oneOf, pattern } from './pattern-parts.ts';

/** Words that say nothing alone ("hmm", "wait what", "ok but"). */
const FILLER = oneOf(
  'hm+',
  'huh',
  'wat',
  'what',
  'wait',
  'so',
  'and',
  'but',
  'um+',
  'uh+',
  'eh',
  'idk',
  'like',
  'erm',
  'ok',
  'okay',
  'or',
  'then',
  'well',
);

/** Only filler: nothing to answer ("hmm", "wait what", "ok but", "??"). */
export const FILLER_ONLY = pattern('^(', FILLER, '( |$))+$');

/**
 * A message cut off before its subject ("so basically the", "wait what about the", "hmm the"):
 * filler, then a word that only leads into what was not written. Not "this" or "that": "what about
 * this", in a reply, points at the message replied to.
 */
export const CUT_SHORT = pattern(
  '^(counterpoint )?((',
  FILLER,
  '|basically|actually|literally|just|about) )*',
  '(the|a|an|of|to|about|is|was|with)$',
);

/** How people open a request for a whole section ("what's in", "summarize", "what's the gist of"). */
const SECTION_OPENING =
  // "what" alone is how folding reads "what's": "what's section 3 about".
  '^(whats in |what is in |what in |what does |what do |whats |what is |what |show me |open |go to |read |explain |' +
  'tell me about |summar(i[sz]e) |tl ?dr( of)? |break down |(whats|what is|what) the (argument|point|gist) (in|of) )?';
/** What people add after naming a section: "section 4 covers", "the intro pls". */
const SECTION_TRAILING =
  '( (cover|covers|say|says|argue|argues|discuss|discusses|about|say about|summary))?( (pls|please|plz))?$';

/**
 * A section named by number, asked for whole: "section 4?", "what's in section 3", "what does
 * section 2 cover", "explain section 5 pls", "sec 4" ("§6" is read as "section 6": sectionAsked).
 * Anything after the number but a verb of telling is a claim about the section ("section 4 says
 * Armenia occupied the districts").
 */
export const SECTION_ASKED = pattern(
  SECTION_OPENING,
  '(the )?(section|sec) ',
  String.raw`(?<n>\d{1,2})`,
  SECTION_TRAILING,
);

/** A section named by its place: "whats the argument in the intro", "summarize the conclusion". */
export const SECTION_BY_PLACE = pattern(
  SECTION_OPENING,
  '(the )?(?<place>intro|introduction|conclusion|conclusions|ending)',
  SECTION_TRAILING,
);

/** Words that make a short message a statement, not a bare subject ("Artsakh is Armenia"). */
export const STATES = pattern(
  B,
  oneOf(
    'is',
    'was',
    'are',
    'were',
    'be',
    'been',
    'has',
    'have',
    'had',
    'did',
    'does',
    'do',
    'will',
    'can',
    'should',
    'must',
    'never',
    'not',
    'no',
    'cannot',
    'isnt',
    'wasnt',
    'dont',
    'didnt',
    'belongs?',
    'owns?',
  ),
  B,
);
