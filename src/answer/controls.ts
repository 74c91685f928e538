import { othersReply, passageReply } from '../replies/answer-replies.ts';
import { sectionReply } from '../replies/browse-replies.ts';
import { aboutReply } from '../replies/guide-replies.ts';
import type { ControlAction } from '../replies/custom-id.ts';
import { notice, type Reply } from '../replies/view.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import { entryReply } from './entry-picks.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';

/** The polite answer to a button or menu this version did not make, or whose argument is gone. */
export const staleReply = (t: Translate = english): Reply =>
  notice(t('notAnswered.staleTitle'), t('notAnswered.stale'));

/**
 * A click or a choice, its custom_id decoded once by whoever received it: everything needed is in
 * it (and the chosen values), so controls keep working across restarts and reloads; anything
 * unknown gets staleReply.
 */
export function controlReply(
  loaded: LoadedKnowledge,
  action: ControlAction | undefined,
  values: readonly string[] = [],
  t: Translate = english,
): Reply {
  const stale = staleReply(t);
  const entry = (id: string) => loaded.knowledge.entryById.get(id);
  switch (action?.action) {
    case 'passage': {
      const found = entry(action.id);
      return found ? passageReply(loaded.knowledge, found, t) : stale;
    }
    case 'others': {
      const found = action.ids.flatMap((id) => entry(id) ?? []);
      return found.length > 0 ? othersReply(found, t) : stale;
    }
    case 'answer': {
      const found = entry(action.id);
      return found ? entryReply(loaded, found, action.visibility, t) : stale;
    }
    case 'pick': {
      const found = values[0] === undefined ? undefined : entry(values[0]);
      return found ? entryReply(loaded, found, action.visibility, t) : stale;
    }
    case 'section': {
      const source = loaded.knowledge.sourceById.get(action.sourceId);
      return (
        (source && sectionReply(loaded.knowledge, source, action.number, action.visibility, action.page, t)) ?? stale
      );
    }
    case 'about':
      return aboutReply(loaded.knowledge, action.visibility, t);
    default:
      return stale;
  }
}
