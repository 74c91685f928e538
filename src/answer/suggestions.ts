import { foldText } from '../text/normalize.ts';
import type { Entry } from '../knowledge/types.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import { fitText } from '../replies/view.ts';
import { CompletionIndex } from '../search/completion-index.ts';
import { PICK_PREFIX } from './entry-picks.ts';
import { thesisEntries } from './theses.ts';

/** Discord's limits: 25 choices, names and values of at most 100 characters. */
export const MAX_CHOICES = 25;
const MAX_NAME = 100;
/** Reciprocal rank fusion's constant: how much a first place outweighs a tenth. */
const FUSION_K = 10;

/** One autocomplete choice: a name shown to the user and the value sent back. */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

const choiceFor = (entry: Entry): Choice => ({
  name: fitText(`§${entry.section} · ${entry.topic}`, MAX_NAME),
  value: `${PICK_PREFIX}${entry.id}`,
});

/**
 * The choice that asks exactly what was typed. Past 100 characters it asks the start, cut
 * between words: a value cannot be longer, and an ellipsis would be asked as part of the question.
 */
function typedChoice(text: string): Choice {
  const name = fitText(text, MAX_NAME);
  return { name, value: name === text ? text : name.replace(/…$/, '').trimEnd() };
}

// Built once per knowledge base (a reload makes a new LoadedKnowledge), on first need.
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
 * Up to this many entries, the completion index is built on the first keystroke (under 0.2 s);
 * past it, in steps beside the answers, the matcher alone ranking meanwhile (seconds at 50,000).
 */
const BUILD_AT_ONCE_UP_TO = 5000;
const completionIndex = new WeakMap<LoadedKnowledge, CompletionIndex | Promise<CompletionIndex>>();

/** The knowledge base's completion index once built; its building is started on first need. */
export function completionsFor(loaded: LoadedKnowledge): CompletionIndex | Promise<CompletionIndex> {
  let index = completionIndex.get(loaded);
  if (!index) {
    const { entries } = loaded.knowledge;
    if (entries.length <= BUILD_AT_ONCE_UP_TO) index = CompletionIndex.build(entries);
    else {
      index = CompletionIndex.buildInSteps(entries);
      void index.then(
        (built) => completionIndex.set(loaded, built),
        () => completionIndex.delete(loaded),
      );
    }
    completionIndex.set(loaded, index);
  }
  return index;
}

/**
 * Entries for text being typed, best first: an exact id or keyword, then two rankings fused by
 * reciprocal rank: the completion index's (prefix and fuzzy over topics, keywords and example
 * questions) and the matcher's (every field, with the evidence an answer would need).
 */
export function closestEntries(loaded: LoadedKnowledge, typed: string, limit: number): Entry[] {
  const text = typed.trim();
  if (text === '') return [];
  const fused = new Map<Entry, number>();
  const index = completionsFor(loaded);
  const rankings = [
    index instanceof CompletionIndex ? index.complete(text, limit).map((c) => c.entry) : [],
    loaded.matcher.rank(text, limit).map((c) => c.entry),
  ];
  for (const ranking of rankings) {
    ranking.forEach((entry, i) => fused.set(entry, (fused.get(entry) ?? 0) + 1 / (FUSION_K + i)));
  }
  const ranked = [...fused].sort((a, b) => b[1] - a[1]).map(([entry]) => entry);
  return [...new Set([...(exact(loaded).get(foldText(text)) ?? []), ...ranked])].slice(0, limit);
}

/**
 * Choices for `/ask` as the user types: what was typed first, as typed, so that Enter asks it;
 * then the entries it completes or nearly spells, each picked by id. An empty field gets one
 * choice per section, its thesis; typed text that completes nothing gets them after itself.
 */
export function suggestions(loaded: LoadedKnowledge, typed: string): Choice[] {
  const text = typed.trim();
  const theses = () => thesisEntries(loaded, MAX_CHOICES).map(choiceFor);
  if (text === '' || text === PICK_PREFIX.trim()) return theses();
  const found = closestEntries(loaded, text, MAX_CHOICES - 1).map(choiceFor);
  return [typedChoice(text), ...(found.length > 0 ? found : theses())].slice(0, MAX_CHOICES);
}
