import { othersReply, passageReply } from '../replies/answer-replies.ts';
import { sectionReply } from '../replies/browse-replies.ts';
import { aboutReply } from '../replies/guide-replies.ts';
import type { ControlAction } from '../replies/custom-id.ts';
import { notice, type Reply } from '../replies/view.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import { entryReply } from './entry-picks.ts';

/** The polite answer to a button or menu this version did not make, or whose argument is gone. */
export const STALE_REPLY = notice(
  'This button has expired',
  'It points at an argument that is no longer in the knowledge base, or it comes from an older version of the ' +
    'bot. Ask again with /ask, or browse with /section.',
);

/**
 * A click or a choice, its custom_id decoded once by whoever received it: everything needed is in
 * it (and the chosen values), so controls keep working across restarts and reloads; anything
 * unknown gets STALE_REPLY.
 */
export function controlReply(
  loaded: LoadedKnowledge,
  action: ControlAction | undefined,
  values: readonly string[] = [],
): Reply {
  const entry = (id: string) => loaded.knowledge.entryById.get(id);
  switch (action?.action) {
    case 'passage': {
      const found = entry(action.id);
      return found ? passageReply(loaded.knowledge, found) : STALE_REPLY;
    }
    case 'others': {
      const found = action.ids.flatMap((id) => entry(id) ?? []);
      return found.length > 0 ? othersReply(found) : STALE_REPLY;
    }
    case 'answer': {
      const found = entry(action.id);
      return found ? entryReply(loaded, found, action.visibility) : STALE_REPLY;
    }
    case 'pick': {
      const found = values[0] === undefined ? undefined : entry(values[0]);
      return found ? entryReply(loaded, found, action.visibility) : STALE_REPLY;
    }
    case 'section': {
      const source = loaded.knowledge.sourceById.get(action.sourceId);
      return (
        (source && sectionReply(loaded.knowledge, source, action.number, action.visibility, action.page)) ?? STALE_REPLY
      );
    }
    case 'about':
      return aboutReply(loaded.knowledge, action.visibility);
    default:
      return STALE_REPLY;
  }
}
