/**
 * The words questions about the bot or its source are made of (the bot, the source, trust and
 * bias), and the short questions of bias made of them alone: "is this bot biased?". Read on
 * folded text, as every reading pattern is (pattern-parts.ts).
 */
import { B, oneOf, pattern } from './pattern-parts.ts';

// Debate messages say "you", "your side" and "sources" too: the bot is named outright ("you" only
// as the subject of a question), the source with a determiner ("the article", "this source").
/** How people name the bot. */
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
/** How people name the article or its author. */
const SOURCE = oneOf(
  '(the|this|that|your|ur) (article|source|analysis|paper|author|authors|writer|publisher)',
  'think tank',
);
/** Words of trust and bias. */
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
  'fairly',
  'unfair',
  'unfairly',
  'objectively',
  'slanted',
  'skewed',
  'balanced',
  'agree',
  'agrees',
  'endorse',
  'endorses',
  String.raw`pro \w+`,
  String.raw`anti \w+`,
);
/** Both parts, in either order. */
const both = (a: string, b: string): RegExp => pattern(B, a, B, '.*', B, b, B, '|', B, b, B, '.*', B, a, B);

/** Asked of a short message only (twelve words at most): a long one that says "biased" argues. */
export const SHORT_ABOUT: readonly RegExp[] = [
  both(SELF, BIAS),
  both(SOURCE, BIAS),
  pattern(B, '(are|r|is) (you|u|this|it) (a |an )?', BIAS, B),
];
