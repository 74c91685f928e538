// The house's floors, from the imports: each room imports only from its own floor or below, and
// nothing in src/ imports commands/ (the entry points in bin/ hand commands to the bot).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Floors, top first; a room is a folder (or a file) under the project root. */
const FLOORS: readonly (readonly string[])[] = [
  ['bin'],
  ['commands', 'src/discord', 'src/console', 'src/cli', 'src/app.ts', 'src/sharded.ts'],
  ['src/answer', 'src/evaluation'],
  ['src/replies'],
  ['src/stores', 'src/insights', 'src/reload'],
  ['src/reading', 'src/search', 'src/semantic', 'src/runtime'],
  ['src/knowledge', 'src/text', 'src/config', 'src/log.ts'],
];

const roomOf = (file: string): string | undefined =>
  FLOORS.flat()
    .filter((room) => file === room || file.startsWith(`${room}/`))
    .sort((a, b) => b.length - a.length)[0];
const floorOf = (room: string) => FLOORS.findIndex((rooms) => rooms.includes(room));

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/** Every relative import of the project's own code, type-only ones included. */
function imports(): { from: string; to: string }[] {
  const found: { from: string; to: string }[] = [];
  for (const file of [...sources('bin'), ...sources('src'), ...sources('commands')]) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      found.push({ from: file, to: path.relative(ROOT, path.resolve(ROOT, path.dirname(file), m[1] ?? '')) });
    }
  }
  return found;
}

describe('the floors of the house', () => {
  const all = imports();

  it('every file of src/ and commands/ is in a room', () => {
    expect(
      [...sources('bin'), ...sources('src'), ...sources('commands')].filter((f) => roomOf(f) === undefined),
    ).toEqual([]);
  });

  it('no import climbs to a higher floor, types included', () => {
    const climbing = all.filter(({ from, to }) => {
      const a = roomOf(from);
      const b = roomOf(to);
      return a !== undefined && b !== undefined && floorOf(b) < floorOf(a);
    });
    expect(climbing.map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });

  it('nothing in src/ imports commands/', () => {
    expect(all.filter(({ from, to }) => from.startsWith('src/') && to.startsWith('commands/'))).toEqual([]);
  });

  it('the test can tell: a reply builder importing the Discord edge would be caught', () => {
    expect(floorOf(roomOf('src/discord/router.ts') ?? '')).toBeLessThan(floorOf(roomOf('src/replies/view.ts') ?? ''));
  });
});
