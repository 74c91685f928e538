/**
 * The patterns that tell a question about the bot, the article, its author, publisher or bias
 * ("is this bot biased?", "who wrote this?") from a debate message. They run on folded text.
 */
import { B, oneOf, pattern } from './pattern-parts.ts';

/** Questions about the bot, the article, its author, publisher or bias. */
export const ABOUT: readonly RegExp[] = [
  pattern(
    B,
    '(what|how|who) (can|do|does|should|are|r) (you|u|i|this bot|the bot)',
    B,
    String.raw`( \w+)? `,
    '(do|work|use|made|built|run|ask|are)',
    B,
  ),
  pattern(
    B,
    '(who|what) ',
    oneOf(
      'made',
      'built',
      'created',
      'owns',
      'runs',
      'programmed',
      'coded',
      'wrote',
      'write',
      'writes',
      'published',
      'publishes',
      'funds',
      'is behind',
    ),
    ' (you|u|this|it|the publisher|counterpoint|(this|the) (bot|article|analysis|source|paper|thing|tool))( |$)',
  ),
  // Folding drops "'s": "what's the article?" reads "what the article".
  pattern(
    B,
    '((who|what)( is| are| s)?|whos|whats) ',
    oneOf(
      'the author',
      'the authors',
      'the publisher',
      'the source',
      'your source',
      'this source',
      'this article',
      'the article',
      'counterpoint',
    ),
    B,
    // "what's the article's take on X" asks about X.
    '(?! (take|view|position|stance|opinion|argument|point|line|angle|say|says|argue|argues|think|thinks|claim',
    '|claims|on|about))',
  ),
  pattern(
    B,
    'when (was|is|were) (it|this|that|the|this) ?(article|analysis|source|paper)? ?',
    '(written|published|made|released|from)',
    B,
  ),
  pattern(
    B,
    '(link|url|title|name|date|year|original|pdf|copy)',
    String.raw`( \w+)? `,
    '(of|to|for) (the|this|that)( original| full)? (article|analysis|source|paper)',
    B,
  ),
  pattern(B, '(link|show|give|send)( me)? (the|this) (original|full|whole) (article|analysis|source|paper|text)', B),
  pattern(
    B,
    '(only|just) (one|a single) (article|source)',
    B,
    '|',
    B,
    'where (is|s) the (armenian|azerbaijani|other) (side|view|perspective)',
    B,
  ),
  pattern(B, '(are you|r u|is this) (a bot|an ai|ai|human|chatgpt|a person|a real person)', B),
  // How the bot works, when the source was written, and what else it read.
  pattern(B, 'how (do|does) (you|u|it|the bot|this bot) (decide|choose|pick|know) (what|which|when|whether)', B),
  pattern(B, '(was|is) (this|it|the article|the analysis) (written|published) (before|after)', B),
  // "this article was written before the ceasefire right?": the date asked in any order.
  pattern(
    B,
    '(written|published|penned) (before|after|during) (the )?',
    '(ceasefire|armistice|truce|war|2020 war|44 day war|second karabakh war|peace deal|end of the war)',
    B,
  ),
  pattern(
    B,
    '(what|which) (date|day|year|month) (was|is) (this|it|the)( article| analysis| source| paper)? ',
    '(written|published|released)',
    B,
  ),
  pattern(
    '^(did|do|have|has) (you|u|the (author|authors|article|publisher)) (even )?(read|use|used|consult|check|cite)',
    '( any)? (armenian|azerbaijani|other|different) sources',
    B,
  ),
  pattern(B, '(or )?is it (totally |completely |entirely |just |kinda )?(one sided|biased|propaganda)$'),
  pattern(B, '(what|which) (article|source|sources) (is this|are you|do you|does it)', B),
  pattern(
    B,
    '(part (1|one|i)|first part|part (2|two|ii)|previous article|other article)',
    B,
    '.*',
    B,
    '(article|series|this)',
    B,
    '|',
    B,
    '(is there|where is) (a )?part',
    B,
  ),
  pattern('^(help|commands|how do i use (this|you|the bot)|how does this work|what is this|what is counterpoint)$'),
  pattern('^(so )?(what|who) (exactly )?(are|r) (you|u)( exactly)?$'),
  pattern(
    B,
    'how (old|recent|new|current|up to date) is (this|it|the article|the source|the analysis|that)',
    B,
    '|',
    B,
    'is (this|it|the article|the source) (outdated|out of date|up to date|current|recent|old)',
    B,
  ),
  pattern(B, '(whos|who s|who is|who) behind (this|it|the publisher|the article|you|u)', B),
  pattern(
    B,
    '(should|can|would|do|why) (i|we|anyone|people|you|u) (trust|believe) ',
    '(this|it|you|u|the bot|this bot|the article|this article|the publisher)',
    B,
  ),
  pattern(
    B,
    '(can|do|will|could|why dont) (you|u) (give|show|present|include|add) ',
    '(both sides|the other side|the armenian side|the azerbaijani side)',
    B,
  ),
];

/**
 * The publisher or author (named in the source's front matter, read as "the publisher"): asked
 * after topic questions ("what does AVİM say about X" is about X).
 */
export const ABOUT_PUBLISHER = pattern(B, '(the author|the authors|the publisher|think tank)', B);
