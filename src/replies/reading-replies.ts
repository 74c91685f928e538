import type { Reading } from '../reading/reading.ts';
import { nearestTopics } from '../reading/topics.ts';
import { opensWithThanks } from '../reading/message-kind.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { replyToQuestion } from './answer-replies.ts';
import type { Visibility } from './custom-id.ts';
import { aboutReply, chatReply, topicReply, unclearReply } from './guide-replies.ts';
import type { Reply } from './view.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';

/**
 * The reply to a message as read: an answer labelled for the asker's side, the topic's entries,
 * the about card, a line on how to ask, or why there is no answer with the next step. A message
 * read as unclear, with no nearest topics of its own, offers `unclearPicks`.
 */
export function replyToReading(
  kb: KnowledgeBase,
  reading: Reading,
  visibility: Visibility,
  unclearPicks: readonly Entry[] = [],
  t: Translate = english,
): Reply {
  switch (reading.kind) {
    case 'chat':
      return chatReply(kb, t, opensWithThanks(reading.text));
    case 'about':
      return aboutReply(kb, visibility, t);
    case 'topic':
      return topicReply(kb, reading.subject ?? reading.text, reading.picks, visibility, t);
    case 'unclear':
      if (!reading.match || reading.match.verdict === 'no-content' || nearestTopics(reading.match).length === 0)
        return unclearReply(kb, unclearPicks, visibility, t);
  }
  if (!reading.match) return unclearReply(kb, unclearPicks, visibility, t);
  return replyToQuestion(kb, reading.match, visibility, reading.stance, t);
}
