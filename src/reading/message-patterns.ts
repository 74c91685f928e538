/**
 * The patterns that tell chat, questions about the bot or its source, and topic questions from
 * debate messages. They run on folded text (lower case ASCII, punctuation gone: "what's up?" is
 * "whats up"), so they need no case or punctuation of their own.
 */

/** One of the alternatives, as a group. */
const oneOf = (...alternatives: string[]) => `(${alternatives.join('|')})`;
/** A pattern from parts written on several lines. */
const pattern = (...parts: string[]) => new RegExp(parts.join(''));

const GREETING = oneOf(
  'hi+',
  'hey+',
  'hello+',
  'heya',
  'hiya',
  'yo',
  'sup',
  'wassup',
  'whats up',
  'howdy',
  'greetings',
  'gm',
  'gn',
  String.raw`good (morning|afternoon|evening|night|day)( from \w+)?`,
  'goodnight',
  'salam',
  'salut',
  'hola',
);
const THANKS = oneOf(
  'thanks?( (a lot|so much|again|man|bro|mate))?',
  'thank (you|u)( (so much|very much|a lot))?',
  'thx',
  'ty',
  'tysm',
  'tyvm',
  'cheers',
  'much appreciated',
  'appreciate it',
);
const SMALL_TALK = oneOf(
  '(good|nice|great|cool|bad|dumb|stupid|awesome|based) bot',
  '(how are (you|u)|hows it going|how r u)',
  'bye',
  'goodbye',
  'see (you|ya)( (tomorrow|later|soon|around))?',
  'brb',
  String.raw`brb \w+`,
  'afk',
  'gtg',
  'g2g',
  'ttyl',
  String.raw`welcome to the server( \w+)?`,
  'welcome (aboard|back)',
  '(this|that) is (actually |really |pretty |kinda |so )*(cool|neat|nice|great|awesome|useful|helpful)',
  '(that|this|it) (helped|helps)( (a lot|so much|loads))?',
  'cya',
  'later',
  'np',
  'no problem',
  'ok',
  'okay',
  'k',
  'kk',
  'lol',
  'lmao',
  'haha+',
  'nice',
  'cool',
  'great',
  'awesome',
  'wow',
  'welcome',
  'sorry',
  'my bad',
  'gg',
  'ggs',
  'lmao+',
  'lo+l',
  'true',
  'fair',
  'fair enough',
  'fair point',
  'facts',
  'bet',
  'say less',
  'bruh',
  'damn',
  'w bot',
  'l bot',
  'gotcha',
  'noted',
  'got it',
  'makes sense',
  'interesting',
  'nice one',
  'good one',
  'yep',
  'yup',
  'real',
  'thx m8',
);
const TO_WHOM = '( (everyone|all|guys|yall|folks|there|bot|counterpoint|mate|bro|man|friend|ppl|people))?';

/** Only greetings, thanks and small talk. */
export const CHAT = pattern(
  '^((bot|counterpoint) )?((',
  GREETING,
  '|',
  THANKS,
  '|',
  SMALL_TALK,
  ')',
  TO_WHOM,
  String.raw`\s*)+$`,
);
/** A greeting or thanks before the rest of a message. */
export const GREETING_FIRST = pattern(
  '^(',
  GREETING,
  '|',
  THANKS,
  ')( (everyone|all|guys|yall|folks|there|bot|counterpoint))? ',
);
/** The first words of chat that goes on ("ty that helped a lot", "cool, interesting read"). */
export const CHAT_MARK = pattern(
  '^',
  oneOf(
    'ty',
    'thanks?',
    'thank (you|u)',
    'thx',
    'ok',
    'okay',
    'haha+',
    'lol',
    'cool',
    'nice',
    'great',
    'awesome',
    'wow',
    'good ?night',
    'night',
    'gn',
    'bye',
    'fair enough',
    'interesting',
    'makes sense',
    'got it',
    'gotcha',
    'noted',
  ),
  String.raw`\b`,
);

// Debate messages say "you", "your side" and "sources" too: the bot is named outright ("you" only
// as the subject of a question), the source with a determiner ("the article", "this source").
const SELF = oneOf(
  'you',
  'this bot',
  'the bot',
  'bot',
  'counterpoint',
  'this thing',
  'this tool',
  'this app',
  'this whole thing',
);
const SOURCE = oneOf(
  '(the|this|that|your|ur) (article|source|analysis|paper|author|authors|writer|publisher)',
  'think tank',
);
const BIAS = oneOf(
  'bias',
  'biased',
  'propaganda',
  'neutral',
  'objective',
  'impartial',
  'reliable',
  'trust',
  'trustworthy',
  'credible',
  'legit',
  'funded',
  'sponsored',
  'paid',
  'shill',
  'one sided',
  'partisan',
  'fair',
  'balanced',
  'agree',
  'agrees',
  'endorse',
  'endorses',
  String.raw`pro \w+`,
  String.raw`anti \w+`,
);
const B = String.raw`\b`;
const both = (a: string, b: string) => pattern(B, a, B, '.*', B, b, B, '|', B, b, B, '.*', B, a, B);

/** Asked of a short message only (twelve words at most): a long one that says "biased" argues. */
export const SHORT_ABOUT: readonly RegExp[] = [
  both(SELF, BIAS),
  both(SOURCE, BIAS),
  pattern(B, '(are|r|is) (you|u|this|it) (a |an )?', BIAS, B),
];

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
  pattern(B, '(summar(y|ize|ise)|tldr|tl dr|gist) (of )?(the|this) (article|analysis|source|paper)', B),
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
    '( (in there|in it|in the article))? (about|on|regarding|re|of)? ?(?<subject>.+)$',
  ),
  // "anything on X", "more about X": the preposition is needed ("More Armenians lived there" argues).
  pattern(
    '^(so |and |ok )?',
    oneOf('anything', 'is there anything', 'whats in there', 'info', 'information', 'more'),
    '( (in there|in it|in the article))? (about|on|regarding|re) (?<subject>.+)$',
  ),
];

/** Only filler: nothing to answer ("hmm", "wait what", "ok but", "??"). */
export const FILLER_ONLY = pattern(
  '^(',
  oneOf(
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
  ),
  '( |$))+$',
);

/** A section named by number: "section 4?", "what's in section 3". */
export const SECTION_ASKED = pattern(
  '^(whats in |what is in |what in |show me |open |go to |read |summar(i[sz]e) |tl ?dr( of)? )?(the )?section ',
  String.raw`(?<n>\d{1,2})( (pls|please|plz))?$`,
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
