import { foldText } from '../text/normalize.ts';
import type { Entry } from '../knowledge/types.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import { thesisOf } from '../replies/browse-replies.ts';
import { fitText } from '../replies/view.ts';
import { PICK_PREFIX } from './command-replies.ts';

/** Discord's limits: 25 choices, names and values of at most 100 characters. */
export const MAX_CHOICES = 25;
const MAX_NAME = 100;

/** One autocomplete choice: a name shown to the user and the value sent back. */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

const choiceFor = (entry: Entry): Choice => ({ name: fitText(`§${entry.section} · ${entry.topic}`, MAX_NAME), value: `${PICK_PREFIX}${entry.id}` });

// Exact look-ups, built once per knowledge base (a reload makes a new LoadedKnowledge).
const exactIndex = new WeakMap<LoadedKnowledge, Map<string, Entry[]>>();
function exact(loaded: LoadedKnowledge): Map<string, Entry[]> {
  let map = exactIndex.get(loaded);
  if (!map) {
    map = new Map();
    for (const entry of loaded.knowledge.entries) {
      for (const key of [entry.id, ...entry.keywords].map(foldText)) map.set(key, [...(map.get(key) ?? []), entry]);
    }
    exactIndex.set(loaded, map);
  }
  return map;
}

/**
 * Choices for `/ask` as the user types, in tiers: an exact id or keyword first, then the
 * matcher's ranking of the entries (questions, keywords and claims, typos and unfinished words
 * allowed). An empty field gets one choice per section: its thesis.
 */
export function suggestions(loaded: LoadedKnowledge, typed: string): Choice[] {
  const text = typed.trim();
  if (text === '' || text === PICK_PREFIX.trim()) {
    return loaded.knowledge.sources
      .flatMap((s) => s.sections.flatMap((sec) => thesisOf(loaded.knowledge, s.id, sec.number) ?? []))
      .slice(0, MAX_CHOICES)
      .map(choiceFor);
  }
  const seen = new Set<string>();
  const ordered: Entry[] = [];
  const add = (e: Entry) => { if (!seen.has(e.id)) { seen.add(e.id); ordered.push(e); } };
  (exact(loaded).get(foldText(text)) ?? []).forEach(add);
  for (const candidate of loaded.matcher.rank(text, MAX_CHOICES)) add(candidate.entry);
  return ordered.slice(0, MAX_CHOICES).map(choiceFor);
}
