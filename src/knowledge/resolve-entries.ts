// Entries checked against each other (ids, related ids, questions, topics, theses), then built one by one.
import { foldText } from '../text/normalize.ts';
import type { ParsedEntry } from './parse-arguments.ts';
import { resolveOne } from './resolve-one-entry.ts';
import type { Source } from './source-types.ts';
import type { Entry, Problem } from './types.ts';

const where = (e: ParsedEntry) => `${e.file}:${e.line}`;

/**
 * Checks entries against each other and against the sources (ids, citations, verbatim quotes,
 * related ids, repeated questions) and builds the entries that pass. Reports every problem.
 */
export function resolveEntries(
  parsed: readonly ParsedEntry[],
  sources: readonly Source[],
  /** Ids of entries that failed their schema; null when some file could not be read at all. */
  failedIds: readonly string[] | null,
): { entries: Entry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const firstById = new Map<string, ParsedEntry>();
  for (const e of parsed) {
    const first = firstById.get(e.input.id);
    if (first) problems.push(e.at(['id'], `duplicate id "${e.input.id}": first defined at ${where(first)}`));
    else firstById.set(e.input.id, e);
  }
  for (const e of parsed) {
    const entry = resolveOne(e, sources, problems);
    if (entry && firstById.get(entry.id) === e) entries.push(entry);
  }
  const questionOwner = new Map<string, ParsedEntry>();
  for (const e of parsed) {
    e.input.related.forEach((id, k) => {
      if (failedIds && !firstById.has(id) && !failedIds.includes(id))
        problems.push(e.at(['related', k], `related id "${id}" is not an entry`));
    });
    e.input.questions.forEach((question, k) => {
      const key = foldText(question);
      const owner = questionOwner.get(key);
      if (owner && owner !== e) {
        problems.push(e.at(['questions', k], `question repeats one of entry "${owner.input.id}" (${where(owner)})`));
      }
      questionOwner.set(key, owner ?? e);
    });
  }
  const topicOwner = new Map<string, ParsedEntry>();
  for (const e of parsed) {
    const key = foldText(e.input.topic);
    const owner = topicOwner.get(key);
    if (owner)
      problems.push(
        e.at(
          ['topic'],
          `topic repeats the one of entry "${owner.input.id}" (${where(owner)}): users could not tell them apart`,
        ),
      );
    else topicOwner.set(key, e);
  }
  const thesisOf = new Map<string, ParsedEntry>();
  for (const e of parsed.filter((p) => p.input.thesis)) {
    const key = `${e.input.source ?? sources[0]?.id}|${e.input.section}`;
    const first = thesisOf.get(key);
    if (first)
      problems.push(
        e.at(['thesis'], `§${e.input.section} already has its thesis entry "${first.input.id}" (${where(first)})`),
      );
    else thesisOf.set(key, e);
  }
  return { entries, problems };
}
