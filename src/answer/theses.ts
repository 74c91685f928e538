import type { Entry } from '../knowledge/types.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';

// The first sections' theses, found once per knowledge base: asked for on every empty field.
const thesisIndex = new WeakMap<LoadedKnowledge, Entry[]>();

/**
 * One entry per section, in order, for the first `limit` sections: the section's thesis, else its
 * first entry. What an empty autocomplete field offers, and where an unclear question may start.
 */
export function thesisEntries(loaded: LoadedKnowledge, limit: number): Entry[] {
  let found = thesisIndex.get(loaded);
  if (!found || found.length < limit) {
    const { knowledge } = loaded;
    const sections = knowledge.sources.flatMap((s) => s.sections.map((sec) => `${s.id}§${sec.number}`));
    const wanted = new Set(sections.slice(0, limit));
    // One pass over the entries: the thesis of each wanted section, else its first entry.
    const first = new Map<string, Entry>();
    for (const entry of knowledge.entries) {
      const key = `${entry.source}§${entry.section}`;
      if (!wanted.has(key)) continue;
      const held = first.get(key);
      if (!held || (entry.thesis && !held.thesis)) first.set(key, entry);
    }
    found = sections.slice(0, limit).flatMap((key) => first.get(key) ?? []);
    thesisIndex.set(loaded, found);
  }
  return found.slice(0, limit);
}
