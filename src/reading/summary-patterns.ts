/**
 * Requests for a summary of the whole article ("summarize the article", "what's the article's main
 * argument?", "gimme the main points of the whole thing"): the reply lists the article's main
 * points, a thesis of each section, rather than the about card, which describes the source and not
 * what it argues. A summary of one part ("tldr of the conclusion") is a topic question
 * (topic-patterns.ts). They run on folded text, with the publisher's names read as "the publisher".
 */
import { B, oneOf, pattern } from './pattern-parts.ts';

/** The whole work, as people name it. */
const WORK = String.raw`(the|this|that|ur|your) (article|analysis|paper|piece|source|text|publisher|whole thing|thing)`;
const POINT = oneOf(
  'argument',
  'arguments',
  'point',
  'points',
  'claim',
  'claims',
  'thesis',
  'message',
  'idea',
  'ideas',
  'takeaways?',
);
const MAIN = oneOf('main', 'central', 'key', 'overall', 'core', 'basic');
/** Asked, not stated: "the main argument of the article is wrong" is a claim about it. */
const ASK =
  String.raw`^(so |ok |and )?(what (is|are|was|were|s) |whats |give me |gimme |tell me |list |show me |` +
  String.raw`can (you|u) (give|tell|list|show)( me)? )`;

/** A summary of the whole article asked for. */
export const SUMMARY_ASKED: readonly RegExp[] = [
  pattern(B, oneOf('summar(y|ize|ise)', 'tl ?dr', 'gist', 'overview', 'rundown'), ' (of )?', WORK, '( pls| please)?$'),
  pattern(ASK, '(the )?', MAIN, ' ', POINT, ' (of|in) ', WORK, B),
  pattern(ASK, WORK, 's? ', MAIN, ' ', POINT, B),
  pattern('^(so )?what (does|do) ', WORK, ' (argue|say|claim|conclude)( overall| in short)?$'),
  pattern('^(so )?what is ', WORK, ' (about|arguing|saying)$'),
  pattern('^(so |ok )?(tell me|talk|explain|whats in|what is in) (about )?', WORK, '( pls| please)?$'),
  pattern('^what (is|was|are) (the )?', MAIN, '? ?', POINT, ' of ', WORK, '$'),
];
