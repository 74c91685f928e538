/**
 * Questions about how the bot works, what it keeps and what its source is like, beside those of
 * about-patterns.ts: "do you store our messages?", "what model are you running on?", "is the
 * analysis peer reviewed?". They name neither side, so they read the same whoever asks. They run
 * on folded text, as every reading pattern does (pattern-parts.ts).
 */
import { B, oneOf, pattern } from './pattern-parts.ts';

/** How people name the bot as the subject of a question. */
const BOT = oneOf('you', 'u', 'counterpoint', 'the bot', 'this bot', 'this thing');
/** How people name the source with a determiner ("the analysis", "this paper"). */
const SOURCE = String.raw`(the|this|that|your|ur) (article|analysis|paper|piece|report|source)`;
/** The article by its own names only ("the source" is also the source of a war, of a river…). */
const ARTICLE = String.raw`(the|this|that|your|ur) (article|analysis|paper|piece)`;

/** Questions about the bot's workings and its source that about-patterns.ts does not cover. */
export const ABOUT_WORKINGS: readonly RegExp[] = [
  // What it keeps: people ask before they post. The object is the askers' own ("our messages",
  // "what i asked"): "did you record the history of…" and "can you share info on…" are debate.
  pattern(
    B,
    '(do|did|does|will|can|could) ',
    BOT,
    ' (store|keep|save|log|record|remember|track|collect|sell|share|read) ',
    '((our|my|users?|the users?|everyones?|peoples?) ',
    '(messages|questions|data|chats|history|posts|ids|usernames|names|info|information|dms)',
    '|what (i|we|people) (asked|said|wrote|typed|ask|say|write))',
    B,
  ),
  // What it can be asked.
  pattern(
    B,
    '(what|which) (topics|questions|things|subjects|stuff) (can|do|does|will|should) (you|u|i|we) ',
    '(answer|ask|cover|handle|talk about|know)',
    B,
  ),
  // What it runs on.
  pattern(B, '(what|which) (model|llm|ai|engine|language model) (are|r|is|does|do) ', BOT, B),
  pattern(B, '(are|r) ', BOT, ' (running on|based on|powered by|built on)', B),
  // Whether it makes things up, and what it can be asked.
  pattern(B, BOT, ' (just )?(make|makes|making) (stuff|things|it|shit|answers) up', B),
  pattern(
    B,
    '(can|could|may) (i|we) ask ',
    BOT,
    ' (about )?(another|a different|other|any other|some other) (article|source|paper|topic|text|subject)',
  ),
  pattern(
    B,
    'why (did|do|does|would) (the )?(mods|admins|moderators|server|anyone) .*',
    '(add|invite|use|install) ',
    BOT,
    B,
  ),
  // Who is behind it: "is this thing run by the azerbaijani embassy?" (either side's).
  pattern(
    B,
    '(is|was|are) (this|the|counterpoint|you|u)( (bot|thing|tool|app|article|analysis|source|publisher|think tank))? ',
    '(run|owned|funded|paid|paid for|sponsored|written|made|backed|controlled) by',
    B,
  ),
  // What the source is: its length, its review, its readers, whether it still holds.
  pattern(B, '(how many pages|how long) (is|does) ', SOURCE, B),
  // The article itself, not "the source of the war… aimed at".
  pattern(
    B,
    ARTICLE,
    ' (.* )?',
    oneOf('peer reviewed', 'peer review', 'target audience', 'written for', 'aimed at'),
    B,
  ),
  // Asked of the whole source only: "is it still true that armenia…" argues.
  pattern(
    B,
    '(is|are) (anything|any of (it|this)|it|this|that) (in (here|there|it) )?still (relevant|valid|accurate)$',
  ),
];
