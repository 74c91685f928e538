import path from 'node:path';
import { problemCount } from './problem-list.ts';
import type { KnowledgeBase, Problem } from './types.ts';

/** A paragraph that no entry cites. */
export interface UncitedParagraph {
  readonly source: string;
  readonly section: number;
  readonly paragraph: number;
}

/** Counts that describe a knowledge base, as `kb:check` and reload reports show them. */
export interface KnowledgeSummary {
  readonly sources: number;
  readonly sections: number;
  readonly paragraphs: number;
  readonly entries: number;
  readonly uncited: readonly UncitedParagraph[];
}

/** Counts a knowledge base and lists the paragraphs no entry cites. */
export function summarize(kb: KnowledgeBase): KnowledgeSummary {
  const cited = new Set(kb.entries.flatMap((e) => e.paragraphs.map((n) => `${e.source}|${e.section}|${n}`)));
  const sections = kb.sources.flatMap((s) => s.sections);
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  const uncited = paragraphs
    .filter((p) => !cited.has(`${p.sourceId}|${p.section}|${p.number}`))
    .map((p) => ({ source: p.sourceId, section: p.section, paragraph: p.number }));
  return {
    sources: kb.sources.length,
    sections: sections.length,
    paragraphs: paragraphs.length,
    entries: kb.entries.length,
    uncited,
  };
}

/** One problem as a line an editor can jump to: `file:line:column  message`. */
export function formatProblem(problem: Problem, dir?: string): string {
  // A problem with the directory as a whole has no place to point at.
  if (problem.file === '.') return problem.message;
  // Relative to where the command runs, so that the location opens from there (editors,
  // terminals); a knowledge directory outside it is named in full rather than by a climb of "../".
  const full = dir === undefined ? undefined : path.resolve(dir, problem.file);
  const relative = full === undefined ? problem.file : path.relative(process.cwd(), full);
  const file = full !== undefined && (relative === '' || relative.startsWith('..')) ? full : relative;
  return `${file}:${problem.line}:${problem.column}  ${problem.message}`;
}

/** A knowledge directory's problems for a terminal: a heading, then one located problem per line. */
export function problemList(dir: string, problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${formatProblem(p, dir)}`);
  return [
    `The knowledge base in ${dir} has ${problemCount(problems)} problem(s) (npm run kb:check lists them too):`,
    ...lines,
  ].join('\n');
}

/** "1 source" / "3 sources"; irregular plurals given ("entry", "entries"). */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`;
}
