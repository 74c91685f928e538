import type { Problem } from './types.ts';

/** Most problems a load reports; the rest are counted in one last line. */
export const MAX_PROBLEMS = 1000;

/**
 * Collects problems without ever spreading a list into a call (16,000 problems from one file
 * would overflow the stack) and caps what it keeps: the first MAX_PROBLEMS, then a count.
 */
export class ProblemList {
  readonly #kept: Problem[] = [];
  #dropped = 0;

  add(problem: Problem): void {
    if (this.#kept.length < MAX_PROBLEMS) this.#kept.push(problem);
    else this.#dropped++;
  }

  addAll(problems: Iterable<Problem>): void {
    for (const problem of problems) this.add(problem);
  }

  get size(): number {
    return this.#kept.length + this.#dropped;
  }

  /**
   * The problems kept, causes first: the directory, then sources (entries cite them), then the
   * argument files, synonyms and scope; within each, by file, line and column, whatever check found
   * them. A last line "…and N more problems" when some were dropped.
   */
  list(): Problem[] {
    const sorted = [...this.#kept].sort(
      (a, b) => rank(a.file) - rank(b.file) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
    );
    if (this.#dropped === 0) return sorted;
    const more = {
      file: '.',
      line: 1,
      column: 1,
      message: `…and ${this.#dropped.toLocaleString('en-US')} more problems (fix the ones above first)`,
      omitted: this.#dropped,
    };
    return [...sorted, more];
  }
}

/**
 * How many problems a list holds: its last line, when the list was capped, stands for the problems
 * left out, and is not a problem itself (counting lines said "1001 problems" for any capped list).
 */
export function problemCount(problems: readonly Problem[]): number {
  let count = 0;
  for (const p of problems) count += p.omitted ?? 1;
  return count;
}

/** Where a file's problems come in a report: those others depend on first. */
function rank(file: string): number {
  if (file === '.') return 0;
  if (file === 'sources' || file.startsWith('sources/')) return 1;
  if (file === 'arguments' || file.startsWith('arguments/')) return 2;
  return 3;
}

/**
 * Runs one file's parsing; anything it throws (a bug, or a parser giving up on hostile input)
 * becomes a problem located at the file instead of an internal error for the whole load.
 */
export function guarded<T>(file: string, problems: ProblemList, fallback: T, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.add({ file, line: 1, column: 1, message: `could not be read as knowledge: ${message.split('\n')[0]}` });
    return fallback;
  }
}
