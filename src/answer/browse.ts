// Browsing the source rather than asking: a section's page, and how questions are matched.
import type { Source } from '../knowledge/types.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import { sectionReply, type MatchingNote } from '../replies/browse-replies.ts';
import type { Visibility } from '../replies/custom-id.ts';
import { echoed } from '../replies/echo.ts';
import { notice, type Reply } from '../replies/view.ts';

/** The source `/section` browses: the one named, else the first (the bundled article). */
export function sourceFor(loaded: LoadedKnowledge, sourceId?: string): Source | undefined {
  return sourceId ? loaded.knowledge.sourceById.get(sourceId) : loaded.knowledge.sources[0];
}

/** `/section`: one section of a source, or a notice naming what exists. */
export function browseSection(
  loaded: LoadedKnowledge,
  number: number,
  sourceId: string | undefined,
  visibility: Visibility,
): Reply {
  const source = sourceFor(loaded, sourceId);
  if (!source) {
    const known = loaded.knowledge.sources.map((s) => `${s.id} (${s.citation})`).join(', ');
    return notice('Unknown source', `There is no source "${echoed(sourceId ?? '', 40)}". Sources: ${known}.`);
  }
  return (
    sectionReply(loaded.knowledge, source, number, visibility) ??
    notice('No such section', `${source.citation} has sections 1 to ${source.sections.length}.`)
  );
}

/** How the knowledge base in use matches questions, as /source tells it. */
export function matchingNote(loaded: LoadedKnowledge): MatchingNote {
  const { matcher } = loaded;
  return matcher.mode === 'hybrid'
    ? { mode: 'hybrid', detail: `the sentence-embedding model ${matcher.model ?? 'in use'}` }
    : { mode: 'lexical', detail: matcher.whyLexical ?? 'no embedding model was loaded' };
}
