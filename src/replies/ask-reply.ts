import type { KnowledgeBase } from '../knowledge/types.ts';
import type { MatchResult } from '../search/matcher.ts';
import { TUNING } from '../search/tuning.ts';
import { answerReply, notAnsweredReply } from './answer-replies.ts';
import type { Visibility } from './custom-id.ts';
import type { Reply } from './view.ts';

/** The reply to a free-text question: the answer with its alternatives, or the honest "not addressed". */
export function replyToQuestion(kb: KnowledgeBase, result: MatchResult, visibility: Visibility): Reply {
  const [best, ...rest] = result.candidates;
  if (!result.answered || !best) return notAnsweredReply(kb, result.candidates.map((c) => c.entry), visibility);
  return answerReply(kb, best.entry, {
    alternatives: rest.filter((c) => c.score >= best.score * TUNING.alternativeRatio).map((c) => c.entry),
    closeCall: result.close.length > 0,
    ephemeral: visibility === 'ephemeral',
  });
}
