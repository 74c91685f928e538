import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticKnowledge } from '../scripts/synthetic-kb.ts';
import { completionsFor, suggestions } from '../src/answer/suggestions.ts';
import { loadKnowledge } from '../src/knowledge/load-knowledge.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { prepare } from '../src/reload/knowledge-store.ts';
import { CompletionIndex } from '../src/search/completion-index.ts';
import { measureBuild, percentiles, showSpread, spreadOf, timeCalls, type Spread } from './measure.ts';

/** Autocomplete at one size of synthetic knowledge base: medians of 3 runs, with their range. */
export interface AutocompleteRow {
  readonly entries: number;
  readonly prefixes: number;
  readonly buildMs: Spread;
  readonly p50: Spread;
  readonly p95: Spread;
  readonly max: Spread;
}

export const AUTOCOMPLETE_HEADING = '## Autocomplete at scale';
/** Discord drops an autocomplete not answered within 3 seconds. */
const DISCORD_MS = 3000;

/**
 * Text as people type it, for 50 entries spread over the base: every 4th prefix of an example
 * question, the start of each keyword, and a keyword with a letter dropped.
 */
export function typedPrefixes(kb: KnowledgeBase): string[] {
  const sample = kb.entries.filter((_, i) => i % Math.ceil(kb.entries.length / 50) === 0);
  return sample.flatMap((e) => {
    const question = e.questions[0] ?? e.topic;
    const steps = Array.from({ length: Math.ceil(question.length / 4) }, (_, i) => question.slice(0, (i + 1) * 4));
    const keywords = e.keywords.flatMap((k) => [k.slice(0, 4), k.replace(/(\w{3})\w/, '$1')]);
    return [...steps, ...keywords];
  });
}

async function knowledgeAt(root: string, entries: number): Promise<KnowledgeBase> {
  const dir = path.join(root, `kb-${entries}`);
  const made = await stat(dir).then(
    () => true,
    () => false,
  );
  if (!made) await writeSyntheticKnowledge(dir, { entries, sources: Math.max(1, Math.round(entries / 100)) });
  const loaded = await loadKnowledge(dir);
  if (!loaded.ok) throw new Error(`${dir}: ${loaded.problems.length} problems`);
  return loaded.knowledge;
}

/** `/ask` autocomplete (suggestions(), as the bot calls it) on synthetic bases of each size under `root`. */
export async function autocompleteRows(root: string, sizes: readonly number[]): Promise<AutocompleteRow[]> {
  const rows: AutocompleteRow[] = [];
  for (const entries of sizes) {
    const kb = await knowledgeAt(root, entries);
    const builds = [0, 1, 2].map(() => measureBuild(() => CompletionIndex.build(kb.entries)).ms);
    const loaded = prepare(kb);
    // As in the bot, a large base's index is built in steps after the first keystroke; timed once built.
    await completionsFor(loaded);
    const prefixes = typedPrefixes(kb);
    const runs = [0, 1, 2].map(() => {
      const times = timeCalls(prefixes, (p) => suggestions(loaded, p), 1);
      return { ...percentiles(times), max: Math.max(...times) };
    });
    rows.push({
      entries,
      prefixes: prefixes.length,
      buildMs: spreadOf(builds),
      p50: spreadOf(runs.map((r) => r.p50)),
      p95: spreadOf(runs.map((r) => r.p95)),
      max: spreadOf(runs.map((r) => r.max)),
    });
    console.log(`  autocomplete at ${entries} entries measured`);
  }
  return rows;
}

/** The RESULTS.md section for the rows. */
export function autocompleteSection(rows: readonly AutocompleteRow[]): string[] {
  const ms = (s: Spread) => showSpread(s, s.median < 1 ? 3 : 1);
  return [
    AUTOCOMPLETE_HEADING,
    '',
    '`/ask` autocomplete (src/answer/suggestions.ts: the typed text, then the completion index fused with the ',
    "matcher's ranking) on the synthetic bases. Text typed: every 4th prefix of an example question, each ",
    "keyword's start, and each keyword with a letter dropped, for 50 entries. The index is built on the first ",
    'keystroke after a (re)load: at once up to 5,000 entries, else in steps beside the answers (the matcher alone ',
    `ranks until it is ready); "index build" is the build at once. Discord's limit is ${DISCORD_MS} ms.`,
    '',
    '| entries | typed texts | index build | p50 | p95 | slowest |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.entries.toLocaleString('en-US')} | ${r.prefixes} | ${ms(r.buildMs)} | ${ms(r.p50)} | ${ms(r.p95)} ` +
        `| ${ms(r.max)} |`,
    ),
  ];
}

/** `markdown` with `section` in place of the one under the same heading, or added at the end. */
export function withSection(markdown: string, section: readonly string[]): string {
  const heading = section[0] ?? '';
  const start = markdown.indexOf(heading);
  const text = `${section.join('\n').trimEnd()}\n`;
  if (start < 0) return `${markdown.trimEnd()}\n\n${text}`;
  const next = markdown.indexOf('\n## ', start + heading.length);
  return `${markdown.slice(0, start)}${text}${next < 0 ? '' : `\n${markdown.slice(next + 1)}`}`;
}

/** `npm run bench -- autocomplete`: this section alone, replaced in bench/RESULTS.md. */
export async function updateAutocompleteSection(sizes: readonly number[]): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'counterpoint-autocomplete-'));
  try {
    const section = autocompleteSection(await autocompleteRows(root, sizes));
    const results = path.join(import.meta.dirname, 'RESULTS.md');
    await writeFile(results, withSection(await readFile(results, 'utf8'), section));
    console.log(section.join('\n'));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
