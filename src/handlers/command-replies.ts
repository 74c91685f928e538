import { echoed } from '../replies/echo.ts';
import type { Entry, Source } from '../knowledge/types.ts';
import { answerReply } from '../replies/answer-replies.ts';
import { sectionReply, type MatchingNote } from '../replies/browse-replies.ts';
import type { Visibility } from '../replies/custom-id.ts';
import { notice, type Reply } from '../replies/view.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';

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
export function entryReply(loaded: LoadedKnowledge, entry: Entry, visibility: Visibility): Reply {
  return answerReply(loaded.knowledge, entry, { alternatives: relatedEntries(loaded, entry), ephemeral: visibility === 'ephemeral' });
}

/** The source `/section` browses: the one named, else the first (the bundled article). */
export function sourceFor(loaded: LoadedKnowledge, sourceId?: string): Source | undefined {
  return sourceId ? loaded.knowledge.sourceById.get(sourceId) : loaded.knowledge.sources[0];
}

/** `/section`: one section of a source, or a notice naming what exists. */
export function browseSection(loaded: LoadedKnowledge, number: number, sourceId: string | undefined, visibility: Visibility): Reply {
  const source = sourceFor(loaded, sourceId);
  if (!source) {
    const known = loaded.knowledge.sources.map((s) => `${s.id} (${s.citation})`).join(', ');
    return notice('Unknown source', `There is no source "${echoed(sourceId ?? '', 40)}". Sources: ${known}.`);
  }
  return sectionReply(loaded.knowledge, source, number, visibility)
    ?? notice('No such section', `${source.citation} has sections 1 to ${source.sections.length}.`);
}

/** How the knowledge base in use matches questions, as /source tells it. */
export function matchingNote(loaded: LoadedKnowledge): MatchingNote {
  const { matcher } = loaded;
  return matcher.mode === 'hybrid'
    ? { mode: 'hybrid', detail: `the sentence-embedding model ${matcher.model ?? 'in use'}` }
    : { mode: 'lexical', detail: matcher.whyLexical ?? 'no embedding model was loaded' };
}
