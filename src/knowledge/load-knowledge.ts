import path from 'node:path';
import { stat } from 'node:fs/promises';
import { parseArgumentsFile, parseScopeFile, parseSynonymsFile, type ParsedEntry } from './parse-arguments.ts';
import { parseSource } from './parse-source.ts';
import { checkScopeTerms } from './check-scope.ts';
import { guarded, ProblemList } from './problem-list.ts';
import { exists, listFiles, readKnowledgeFile, type ReadOutcome } from './read-files.ts';
import { resolveEntries } from './resolve-entries.ts';
import { buildKnowledge } from './build-knowledge.ts';
import type { Source } from './source-types.ts';
import type { LoadResult } from './types.ts';

export { buildKnowledge } from './build-knowledge.ts';

/** Where the optional synonym groups live, relative to the knowledge directory. */
export const SYNONYMS_FILE = 'synonyms.yaml';
/** Where the optional list of topics the sources do not address lives. */
export const SCOPE_FILE = 'scope.yaml';

/**
 * Loads and checks a knowledge directory: `sources/*.md`, `arguments/*.yaml` and the optional
 * `synonyms.yaml` and `scope.yaml`. Never throws on bad data and never stops at the first problem: it returns the
 * knowledge base, or every problem found together with whatever did parse.
 */
export async function loadKnowledge(dir: string): Promise<LoadResult> {
  try {
    return await load(dir);
  } catch (error) {
    // Reading and parsing report their own problems; this is a bug, still reported, never thrown.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        { file: '.', line: 1, column: 1, message: `could not load the knowledge base: ${message.split('\n')[0]}` },
      ],
      partial: buildKnowledge([], [], [], []),
    };
  }
}

async function load(dir: string): Promise<LoadResult> {
  const problems = new ProblemList();
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    problems.add({
      file: '.',
      line: 1,
      column: 1,
      message:
        `knowledge directory not found: ${path.resolve(dir)} (set KNOWLEDGE_DIR, or run from the folder that ` +
        `holds knowledge/)`,
    });
    return { ok: false, problems: problems.list(), partial: buildKnowledge([], [], [], []) };
  }
  // An optional file that is a dangling link is a problem, not an absence: it is listed and read.
  const optional = async (file: string) => ((await exists(dir, file)) ? [file] : []);
  const [sourceFiles, argumentFiles, synonymFiles, scopeFiles] = await Promise.all([
    listFiles(dir, 'sources', ['.md']),
    listFiles(dir, 'arguments', ['.yaml', '.yml']),
    optional(SYNONYMS_FILE),
    optional(SCOPE_FILE),
  ]);
  if (sourceFiles.length === 0)
    problems.add({ file: 'sources', line: 1, column: 1, message: 'no source files: add sources/<id>.md' });
  if (argumentFiles.length === 0)
    problems.add({ file: 'arguments', line: 1, column: 1, message: 'no argument files: add arguments/<name>.yaml' });

  const read = (files: string[]) => Promise.all(files.map((f) => readKnowledgeFile(dir, f)));
  const texts = (outcomes: ReadOutcome[]) => outcomes.flatMap((o) => (o.ok ? [o] : (problems.add(o.problem), [])));
  const [sourceTexts = [], argumentTexts = [], synonymTexts = [], scopeTexts = []] = (
    await Promise.all([read(sourceFiles), read(argumentFiles), read(synonymFiles), read(scopeFiles)])
  ).map(texts);

  const sources: Source[] = [];
  for (const { file, text } of sourceTexts) {
    const parsed = guarded(file, problems, { problems: [], source: undefined }, () => parseSource(file, text));
    problems.addAll(parsed.problems);
    if (!parsed.source) continue;
    const twin = sources.find((s) => s.id === parsed.source?.id);
    if (twin)
      problems.add({
        file,
        line: 2,
        column: 1,
        message: `duplicate source id "${twin.id}": also used by ${twin.file}`,
      });
    else sources.push(parsed.source);
  }
  const parsedEntries: ParsedEntry[] = [];
  const failedIds: string[] = [];
  // With an argument file unreadable as a whole its ids are unknown, and "related id is not an
  // entry" would be noise: that check waits until every file reads.
  let complete = argumentTexts.length === argumentFiles.length;
  for (const { file, text } of argumentTexts) {
    const parsed = guarded(file, problems, { problems: [], entries: [], failedIds: [], complete: false }, () =>
      parseArgumentsFile(file, text),
    );
    problems.addAll(parsed.problems);
    for (const entry of parsed.entries) parsedEntries.push(entry);
    for (const id of parsed.failedIds) failedIds.push(id);
    complete &&= parsed.complete;
  }
  const synonyms = synonymTexts.flatMap(({ file, text }) => {
    const parsed = guarded(file, problems, { problems: [], groups: [] }, () => parseSynonymsFile(file, text));
    problems.addAll(parsed.problems);
    return parsed.groups;
  });
  const scope = scopeTexts.flatMap(({ file, text }) =>
    guarded(file, problems, [], () => {
      const parsed = parseScopeFile(file, text);
      const entryTexts = parsedEntries.flatMap((e) => [...e.input.keywords, ...e.input.questions]);
      problems.addAll(parsed.problems);
      const entryQuestions = parsedEntries.flatMap((e) => e.input.questions);
      problems.addAll(checkScopeTerms(parsed.topics, sources, entryTexts, entryQuestions, parsed.termAt));
      return parsed.topics;
    }),
  );
  const resolved = resolveEntries(parsedEntries, sources, complete ? failedIds : null);
  problems.addAll(resolved.problems);
  const knowledge = buildKnowledge(sources, resolved.entries, synonyms, scope);
  const files = [...sourceTexts, ...argumentTexts, ...synonymTexts, ...scopeTexts].map(({ file, text }) => ({
    file,
    text,
  }));
  return problems.size === 0
    ? { ok: true, knowledge, files }
    : { ok: false, problems: problems.list(), partial: knowledge };
}
