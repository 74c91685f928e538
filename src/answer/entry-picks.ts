// Entries reached by name: an autocomplete pick (`kb:<id>`), a suggestion button, a menu option.
import type { Entry } from '../knowledge/types.ts';
import { answerReply } from '../replies/answer-replies.ts';
import type { Visibility } from '../replies/custom-id.ts';
import type { Reply } from '../replies/view.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';

/** How an autocomplete choice names an entry, so that choosing it answers that entry exactly. */
export const PICK_PREFIX = 'kb:';

/** The entry a `kb:<id>` pick names, if it still exists. */
export function pickedEntry(loaded: LoadedKnowledge, question: string): Entry | undefined {
  const text = question.trim();
  return text.startsWith(PICK_PREFIX) ? loaded.knowledge.entryById.get(text.slice(PICK_PREFIX.length)) : undefined;
}

/** The entries an entry names as related, for "Other matches" when it was picked rather than searched. */
export function relatedEntries(loaded: LoadedKnowledge, entry: Entry): Entry[] {
  return entry.related.flatMap((id) => loaded.knowledge.entryById.get(id) ?? []).slice(0, 2);
}

/** The answer to one entry, as reached by a pick, a button or a menu. */
export function entryReply(
  loaded: LoadedKnowledge,
  entry: Entry,
  visibility: Visibility,
  t: Translate = english,
): Reply {
  return answerReply(loaded.knowledge, entry, {
    alternatives: relatedEntries(loaded, entry),
    ephemeral: visibility === 'ephemeral',
    t,
  });
}
