// Lines of code are at most 120 characters. Prettier wraps code at 120 but leaves long strings,
// templates, regexes and comments alone, so this test reads every line itself.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAX = 120;
const FOLDERS = ['bin', 'src', 'commands', 'tests', 'bench', 'scripts'];

/** A line allowed to be longer, found by its file and how it starts (after indentation), and why. */
interface Exception {
  readonly file: string;
  readonly startsWith: string;
  readonly reason: string;
}

const SHIPPED_SQL =
  'migration 1 has shipped: its SQL stays byte for byte as it was, and a line break inside its ' +
  'multi-line template would change that text';

const EXCEPTIONS: readonly Exception[] = [
  {
    file: 'src/stores/sqlite/migrations.ts',
    startsWith: 'day INTEGER NOT NULL, guild_id TEXT NOT NULL, entry_id',
    reason: SHIPPED_SQL,
  },
  {
    file: 'src/stores/sqlite/migrations.ts',
    startsWith: 'CREATE TABLE votes (voter TEXT PRIMARY KEY',
    reason: SHIPPED_SQL,
  },
  {
    file: 'src/stores/sqlite/migrations.ts',
    startsWith: 'entries_before INTEGER, entries_after INTEGER',
    reason: SHIPPED_SQL,
  },
];

/** Line numbers (from 1) of the lines over `max` characters; a character is a code point, not a byte. */
function longLines(text: string, max = MAX): number[] {
  return text.split('\n').flatMap((line, i) => ([...line.replace(/\r$/, '')].length > max ? [i + 1] : []));
}

function codeFiles(): string[] {
  return FOLDERS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name) && !e.parentPath.includes('node_modules'))
      .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  ).sort();
}

const excused = (file: string, line: string) =>
  EXCEPTIONS.find((x) => x.file === file && line.trimStart().startsWith(x.startsWith));

describe('line length', () => {
  it('counts characters, not bytes, and flags only what is over the limit', () => {
    const atLimit = '¶'.repeat(MAX);
    expect(longLines(`short\n${atLimit}\n${atLimit}x\n`)).toEqual([3]);
    expect(longLines(`${'a'.repeat(MAX)}\r\n`)).toEqual([]);
  });

  it(`keeps every line of bin/, src/, commands/, tests/, bench/ and scripts/ within ${MAX} characters`, () => {
    const files = codeFiles();
    expect(files).toContain('tests/architecture/line-length.test.ts');
    const over: string[] = [];
    const used = new Set<Exception>();
    for (const file of files) {
      const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
      for (const n of longLines(lines.join('\n'))) {
        const exception = excused(file, lines[n - 1] ?? '');
        if (exception) used.add(exception);
        else over.push(`${file}:${n} (${[...(lines[n - 1] ?? '')].length} characters)`);
      }
    }
    expect(over).toEqual([]);
    // An exception that no longer matches a long line is stale: remove it.
    expect(EXCEPTIONS.filter((x) => !used.has(x)).map((x) => `${x.file}: ${x.startsWith}`)).toEqual([]);
  });
});
