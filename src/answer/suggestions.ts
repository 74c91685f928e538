import { foldText } from '../text/normalize.ts';
import type { Entry } from '../knowledge/types.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import { fitText } from '../replies/view.ts';
import { PICK_PREFIX } from './entry-picks.ts';

/** Discord's limits: 25 choices, names and values of at most 100 characters. */
export const MAX_CHOICES = 25;
const MAX_NAME = 100;

/** One autocomplete choice: a name shown to the user and the value sent back. */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

const choiceFor = (entry: Entry): Choice => ({
  name: fitText(`§${entry.section} · ${entry.topic}`, MAX_NAME),
  value: `${PICK_PREFIX}${entry.id}`,
});

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

// The first MAX_CHOICES section theses, found once per knowledge base: noise is typed often.
const thesisIndex = new WeakMap<LoadedKnowledge, Choice[]>();
function thesisChoices(loaded: LoadedKnowledge): Choice[] {
  let choices = thesisIndex.get(loaded);
  if (!choices) {
    const { knowledge } = loaded;
    const sections = knowledge.sources.flatMap((s) => s.sections.map((sec) => ({ source: s.id, section: sec.number })));
    const wanted = new Set(sections.slice(0, MAX_CHOICES).map((k) => `${k.source}§${k.section}`));
    // One pass over the entries: the thesis of each wanted section, else its first entry.
    const first = new Map<string, Entry>();
    for (const entry of knowledge.entries) {
      const key = `${entry.source}§${entry.section}`;
      if (!wanted.has(key)) continue;
      const held = first.get(key);
      if (!held || (entry.thesis && !held.thesis)) first.set(key, entry);
    }
    choices = sections
      .flatMap((k) => first.get(`${k.source}§${k.section}`) ?? [])
      .slice(0, MAX_CHOICES)
      .map(choiceFor);
    thesisIndex.set(loaded, choices);
  }
  return choices;
}

/**
 * Choices for `/ask` as the user types, in tiers: an exact id or keyword first, then the
 * matcher's ranking of the entries (questions, keywords and claims, typos and unfinished words
 * allowed), each with the evidence an answer would need. An empty field, or text that matches
 * nothing on evidence, gets one choice per section: its thesis.
 */
export function suggestions(loaded: LoadedKnowledge, typed: string): Choice[] {
  const text = typed.trim();
  const theses = () => thesisChoices(loaded);
  if (text === '' || text === PICK_PREFIX.trim()) return theses();
  const seen = new Set<string>();
  const ordered: Entry[] = [];
  const add = (e: Entry) => {
    if (!seen.has(e.id)) {
      seen.add(e.id);
      ordered.push(e);
    }
  };
  (exact(loaded).get(foldText(text)) ?? []).forEach(add);
  for (const candidate of loaded.matcher.rank(text, MAX_CHOICES)) add(candidate.entry);
  // Text with nothing to go on ("who won the world cup") gets the theses, not noise.
  return ordered.length > 0 ? ordered.slice(0, MAX_CHOICES).map(choiceFor) : theses();
}
