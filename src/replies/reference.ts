import type { Entry, KnowledgeBase } from '../knowledge/types.ts';

/** "¶2", "¶2–4" for a run, "¶1, ¶6" otherwise. */
export function paragraphLabel(paragraphs: readonly number[]): string {
  const run = paragraphs.every((n, i) => i === 0 || n === (paragraphs[i - 1] ?? 0) + 1);
  if (run && paragraphs.length > 1) return `¶${paragraphs[0]}–${paragraphs.at(-1)}`;
  return paragraphs.map((n) => `¶${n}`).join(', ');
}

/** "p. 4", or "pp. 8–9" when the cited paragraphs start on different pages. */
export function pageLabel(entry: Entry): string {
  const pages = entry.passages.map((p) => p.page);
  const first = Math.min(...pages);
  const last = Math.max(...pages);
  return first === last ? `p. ${first}` : `pp. ${first}–${last}`;
}

/** Every source's short citation, joined: "AVİM Analysis 2020/33". */
export function citations(knowledge: KnowledgeBase): string {
  return knowledge.sources.map((s) => s.citation).join(', ');
}

/** The source's short citation, e.g. "AVİM Analysis 2020/33". */
export function citationOf(knowledge: KnowledgeBase, entry: Entry): string {
  return knowledge.sourceById.get(entry.source)?.citation ?? entry.source;
}

/**
 * The reference in running text:
 * "§2 Can the Karabakh Conflict be framed within the Colonial Paradigm?, ¶2, p. 2 — AVİM Analysis 2020/33".
 */
export function referenceLine(knowledge: KnowledgeBase, entry: Entry): string {
  return (
    `§${entry.section} ${entry.sectionTitle}, ${paragraphLabel(entry.paragraphs)}, ${pageLabel(entry)} ` +
    `— ${citationOf(knowledge, entry)}`
  );
}

/** The reference as an embed field shows it: "§3 The Armenian Argument for Remedial Secession · ¶8 · p. 4". */
export function referenceField(entry: Entry): string {
  return `§${entry.section} ${entry.sectionTitle} · ${paragraphLabel(entry.paragraphs)} · ${pageLabel(entry)}`;
}
