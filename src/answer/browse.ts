// Browsing the source rather than asking: a section's page, and how questions are matched.
import type { Source } from '../knowledge/source-types.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import { sectionReply, type MatchingNote } from '../replies/browse-replies.ts';
import type { Visibility } from '../replies/custom-id.ts';
import { echoed } from '../replies/echo.ts';
import { nextStepButtons } from '../replies/not-answered-replies.ts';
import { notice, type Reply } from '../replies/view.ts';
import { english, type Translate } from '../text/i18n/i18n.ts';

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
  t: Translate = english,
): Reply {
  const source = sourceFor(loaded, sourceId);
  if (!source) {
    const known = loaded.knowledge.sources.map((s) => `${s.id} (${s.citation})`).join(', ');
    return notice(
      t('browse.unknownSourceTitle'),
      t('browse.unknownSource', { name: echoed(sourceId ?? '', 40), known }),
    );
  }
  const count = source.sections.length;
  const none = notice(t('browse.noSectionTitle'), t('browse.noSection', { citation: source.citation, count }));
  // Not a dead end: the first section and the about card are a press away.
  return (
    sectionReply(loaded.knowledge, source, number, visibility, 0, t) ?? {
      ...none,
      rows: [nextStepButtons(loaded.knowledge, visibility, t)],
    }
  );
}

/** How the knowledge base in use matches questions, as /source tells it. */
export function matchingNote(loaded: LoadedKnowledge): MatchingNote {
  const { matcher } = loaded;
  return matcher.mode === 'hybrid'
    ? { mode: 'hybrid', detail: `the sentence-embedding model ${matcher.model ?? 'in use'}` }
    : { mode: 'lexical', detail: matcher.whyLexical ?? 'no embedding model was loaded' };
}
