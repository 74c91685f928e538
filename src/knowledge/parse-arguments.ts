import type { z } from 'zod';
import { unattributedSentences } from './attribution.ts';
import { argumentsFileSchema, entrySchema, scopeSchema, synonymsSchema, type EntryInput } from './schemas.ts';
import type { Problem, ScopeTopic } from './types.ts';
import { readYaml, type ReadYaml } from './yaml-read.ts';
import { zodProblems } from './zod-problems.ts';

/** An entry that passed its schema, still carrying where it came from for later checks. */
export interface ParsedEntry {
  readonly input: EntryInput;
  readonly file: string;
  readonly line: number;
  /** A problem located at one of this entry's fields, e.g. `at(['quote'], …)`. */
  at(path: readonly PropertyKey[], message: string): Problem;
}

/** Parses YAML that must hold a list, reporting syntax errors, an empty file and a wrong shape. */
function parseList<T>(
  file: string,
  text: string,
  schema: z.ZodType<T[]>,
  what: string,
): { read?: ReadYaml; items?: T[]; problems: Problem[] } {
  if (text.trim() === '') {
    return { problems: [{ file, line: 1, column: 1, message: `file is empty: expected a list of ${what}` }] };
  }
  const read = readYaml(text, file);
  if (read.syntaxProblems.length > 0) return { problems: read.syntaxProblems };
  const list = schema.safeParse(read.value);
  if (!list.success) return { problems: zodProblems(list.error, read.located(), 'file') };
  return { read, items: list.data, problems: [] };
}

/** Parses one `arguments/*.yaml` file: every entry that passes its schema, and every problem. */
export function parseArgumentsFile(
  file: string,
  text: string,
): { entries: ParsedEntry[]; failedIds: string[]; complete: boolean; problems: Problem[] } {
  const { read, items, problems } = parseList(file, text, argumentsFileSchema, 'entries');
  const entries: ParsedEntry[] = [];
  // Ids of entries that failed their schema still exist for the admin: other entries may name them.
  const failedIds: string[] = [];
  if (!read || !items) return { entries, failedIds, complete: false, problems };
  items.forEach((item, index) => {
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) {
      for (const problem of zodProblems(parsed.error, read.located(), 'entry', [index])) problems.push(problem);
      const id = read.located().doc.getIn([index, 'id']);
      if (typeof id === 'string') failedIds.push(id);
      return;
    }
    for (const sentence of unattributedSentences(parsed.data.rebuttal)) {
      const shown = sentence.text.length > 60 ? `${sentence.text.slice(0, 60)}…` : sentence.text;
      problems.push(
        read
          .located()
          .atText(
            [index, 'rebuttal'],
            sentence.start,
            `entry ${index + 1}, field "rebuttal": sentence ${sentence.index + 1} is not reported speech ` +
              `("${shown}"); start it with "The article argues…", "It says…" or "In its view, …" (README: ` +
              `Attribution)`,
          ),
      );
    }
    entries.push({
      input: parsed.data,
      file,
      line: read.itemLines[index] ?? read.located().at([index], '').line,
      at: (path, message) => read.located().at([index, ...path], message),
    });
  });
  return { entries, failedIds, complete: true, problems };
}

/** Parses `scope.yaml`: topics the sources do not address; `termAt` locates a term for later checks. */
export function parseScopeFile(
  file: string,
  text: string,
): {
  topics: ScopeTopic[];
  problems: Problem[];
  termAt(topic: number, term: number, message: string): Problem;
} {
  const { read, items, problems } = parseList(file, text, scopeSchema, 'topics');
  const topics = (items ?? []).map((item, index) => ({ ...item, file, line: read?.itemLines[index] ?? 1 }));
  const termAt = (topic: number, term: number, message: string): Problem =>
    read ? read.located().at([topic, 'terms', term], message) : { file, line: 1, column: 1, message };
  return { topics, problems, termAt };
}

/** Parses `synonyms.yaml`: groups of interchangeable terms. */
export function parseSynonymsFile(file: string, text: string): { groups: string[][]; problems: Problem[] } {
  const { items, problems } = parseList(file, text, synonymsSchema, 'synonym groups');
  return { groups: items ?? [], problems };
}
