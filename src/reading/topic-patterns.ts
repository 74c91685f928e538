/**
 * The patterns that tell a topic question ("what does the article say about the Minsk group?",
 * "anything on chiragov?", "how does the paper deal with the UN resolutions?"). They run on folded
 * text, as every reading pattern does (pattern-parts.ts).
 */
import { B, oneOf, pattern } from './pattern-parts.ts';

const SAYS = oneOf(
  'say',
  'says',
  'said',
  'argue',
  'argues',
  'think',
  'thinks',
  'claim',
  'claims',
  'write',
  'writes',
  'mention',
  'mentions',
  'have',
  'has',
  'cover',
  'covers',
  'tell',
  'state',
  'states',
);
const WHO_WROTE = '(article|it|publisher|author|analysis|source|paper|text|bot|you)';

/** The source as people name it in a question about what it says ("the paper", "avim"). */
const SOURCE_NOUN = '(article|paper|piece|text|analysis|author|authors|writer|publisher|report)';
/**
 * An ask of the source: named anywhere in a message ("quick one, how does the author handle…"), or
 * as "it" only where the ask opens the message: mid-message, "it" is whatever came before ("UN
 * resolution 822, did it mention armenia as the occupier?").
 */
const askOfSource = (opening: string) =>
  String.raw`(^((so|ok|okay|and|also|btw|quick one) )?${opening} it|\b${opening} (the |this |that )?${SOURCE_NOUN})`;
/** How a source treats a subject: "how does the paper deal with…", "does it get into…". */
const TREATS = oneOf(
  'handle',
  'treat',
  'deal with',
  'cover',
  'mention',
  '(get|go) into',
  'talk about',
  'engage with',
  'address',
  'discuss',
  'say anything (about|on)',
  'tackle',
  'frame',
  'approach',
);
/** What people add after a subject: "…at all", "…or nah", "…in the text", "…to me". */
const TRAILING =
  '( in (the|this) (text|article|paper|piece))?( at all)?( or (nah|not|no))?( (to|for) me)?( (pls|please|plz))?$';

/** The ways of asking what the article says on a subject; the subject is the named group. */
export const TOPIC_PATTERNS: readonly RegExp[] = [
  pattern(
    '^(so |and |ok |okay )?(what|wat|wht) (does|do|did|dose) (the )?',
    WHO_WROTE,
    String.raw`( \w+)? `,
    SAYS,
    String.raw`( \w+)? (about|on|regarding|re|of|concerning|for) (?<subject>.+)$`,
  ),
  pattern(
    '^(whats|what is|what|hows|how is) (the |its )?(article |articles |author |authors |publisher |publishers )?',
    '(take|view|position|stance|opinion|argument|point|line|angle) (on|about|regarding|re|of) (?<subject>.+)$',
  ),
  pattern(
    '^(?<subject>.+?)( (bit|part|section|thing|stuff|argument))?( so)? (what does|what do|wat does) ',
    '(it|the article|the publisher|they) (say|says|argue|think)$',
  ),
  pattern(
    '^(so |and |ok )?',
    oneOf(
      'tell me',
      'talk',
      'explain',
      'summar(i[sz]e)',
      'can (you|u) (summar(i[sz]e)|explain|tell me)( the part)?',
      'what about',
      'how about',
      // A summary of a subject, not a claim after a colon ("tl;dr armenia occupied…", "walk me through how…").
      '(give|get) me (the )?(gist|rundown|summary|tldr|tl dr|main points|short version|breakdown) (of|on|about)',
      '(walk me through|(can (you|u) )?break down|sum up) (the|this|that)',
      'tl ?dr (of|on)',
      'does (it|the article) (say anything|mention|cover|discuss|talk)',
    ),
    // The preposition is a word of its own: "explain remedial secession" is about "remedial secession".
    String.raw`( (in there|in it|in the article))?( (about|on|regarding|re|of))? (?<subject>.+?)`,
    TRAILING,
  ),
  // "anything on X", "more about X": the preposition is needed ("More Armenians lived there" argues).
  pattern(
    '^(so |and |ok )?',
    oneOf('anything', 'is there anything', 'whats in there', 'info', 'information', 'more'),
    '( (in there|in it|in the article))? (about|on|regarding|re) (?<subject>.+)$',
  ),
  // Asked of the source anywhere in a message ("quick one, how does the author handle the
  // mercenary allegations?", "does the paper get into the security council stuff at all").
  pattern(askOfSource('(how|does|do|did|where)( does| do| did)?'), ' ', TREATS, String.raw` (?<subject>.+?)`, TRAILING),
  // Folding reads "what's the paper's view" as "what the paper view": "what" alone is "what's".
  pattern(
    B,
    '(whats|what is|what|hows|how is|what was) (the |this |that )?',
    SOURCE_NOUN,
    ' (view|take|read|position|stance|line|verdict|angle|treatment) (on|about|of|regarding) ',
    String.raw`(?<subject>.+?)`,
    TRAILING,
  ),
  pattern(
    askOfSource('(explain|lay out|break down|summari[sz]e|walk me through|tell me|show me) (how|what)'),
    ' (says about|handles|treats|deals with|means by|covers|says on|makes of|does with) ',
    String.raw`(?<subject>.+?)`,
    TRAILING,
  ),
  pattern(
    askOfSource('(what does|what do|where does|where do)'),
    ' (make of|land on|stand on|come down on|do with) ',
    String.raw`(?<subject>.+?)`,
    TRAILING,
  ),
  pattern(B, 'is there (a|any) (part|section|bit|chapter|passage) (on|about) ', String.raw`(?<subject>.+?)`, TRAILING),
  // A subject and the part of the text it names: "occupied territories bit?", "turkey section pls".
  pattern(String.raw`^(?<subject>.+?) (bit|part|section|angle|chapter|passage)( (pls|please|plz|counterpoint))*$`),
  // The subject first, then the ask: "res 822, what does the article do with it?", "war crimes
  // allegations: anything in there?", "right of return, is that covered?".
  pattern(
    String.raw`^(?<subject>.+?) `,
    oneOf(
      'anything in (there|it|the article)',
      '(is|was) (that|it|this) (covered|in there|mentioned)',
      'does (it|the article|the paper) (cover|mention) (that|it|this)',
      '(what|where) does (it|the article|the paper|the text) (say|do with it|make of it|land|stand)',
    ),
    '$',
  ),
];
