// Messages labelled with the kind of reply they get, the examples the kind classifier learns from
// (kind-guess.ts, indexed in reload/semantic-attach.ts). They were the kind sets of the ninth
// session (tests/eval/kind-set.yaml, kind-fresh.yaml, kind-fresh-2.yaml), written by people who
// had not seen the rules; since the twelfth session they teach the classifier, and only later
// batches judge it. In the thirteenth session 177 messages written for the classifier (never an
// evaluation set) joined them, under a comment in each kind's file.
import type { ReplyKind } from '../message-kind.ts';
import { ABOUT } from './about.ts';
import { ARGUMENT } from './argument.ts';
import { CHAT } from './chat.ts';
import { NOT_ADDRESSED } from './not-addressed.ts';
import { OTHER_LANGUAGE } from './other-language.ts';
import { TOPIC } from './topic.ts';
import { UNCLEAR } from './unclear.ts';

/** The examples of one kind of reply. */
export interface KindExamples {
  readonly kind: ReplyKind;
  readonly texts: readonly string[];
}

/** Every kind's examples, in a fixed order (the classifier's scores come in this order). */
export const KIND_EXAMPLES: readonly KindExamples[] = [
  { kind: 'argument', texts: ARGUMENT },
  { kind: 'topic', texts: TOPIC },
  { kind: 'about', texts: ABOUT },
  { kind: 'chat', texts: CHAT },
  { kind: 'not-addressed', texts: NOT_ADDRESSED },
  { kind: 'other-language', texts: OTHER_LANGUAGE },
  { kind: 'unclear', texts: UNCLEAR },
];
