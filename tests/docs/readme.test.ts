import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The README is a quick start; the rest lives in docs/. These checks keep it short, keep every
// link between them pointing somewhere, and keep the operations guide in step with .env.example.
const ROOT = path.join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const DOCS = readdirSync(path.join(ROOT, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`);
const PAGES = ['README.md', ...DOCS];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const withoutCode = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '');

function anchorsOf(file: string): Set<string> {
  const headings = [...withoutCode(read(file)).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1] ?? ''));
  return new Set(headings);
}

/** Every relative link target of a page: [text](target), outside code blocks. */
function linksOf(file: string): string[] {
  return [...withoutCode(read(file)).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] ?? '')
    .filter((target) => !/^[a-z]+:/i.test(target));
}

describe('README.md', () => {
  const readme = read('README.md');

  it('is a quick start of at most 120 lines', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(120);
  });

  it('keeps the quick start at two commands from a fresh clone, the test one as CI runs it', () => {
    const start = readme.indexOf('## Quick start');
    expect(start).toBeGreaterThan(-1);
    const quickStart = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
    const commands = block
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
    expect(read('.ci/run').trim().split('\n').slice(-2)).toEqual(['npm ci', 'npm test']);
  });

  it('links to every guide in docs/', () => {
    const linked = new Set(linksOf('README.md').map((target) => target.split('#')[0]));
    for (const doc of DOCS) expect(linked, doc).toContain(doc);
  });
});

describe('README.md and docs/', () => {
  it.each(PAGES)('%s: every relative link reaches a file, and a heading there when it names one', (page) => {
    const links = linksOf(page);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [target = '', anchor] = link.split('#');
      const file = target === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), target));
      expect(existsSync(path.join(ROOT, file)), `${page} → ${link}`).toBe(true);
      if (anchor === undefined || !file.endsWith('.md')) continue;
      expect(anchorsOf(file), `${page} → ${link}`).toContain(anchor);
    }
  });

  it.each(PAGES)('%s: lines of at most 120 characters', (page) => {
    const long = read(page)
      .split('\n')
      .filter((line) => [...line].length > 120);
    expect(long).toEqual([]);
  });

  it('documents every variable of .env.example in docs/operations.md', () => {
    const variables = [...read('.env.example').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1] ?? '');
    const operations = read('docs/operations.md');
    expect(variables.length).toBeGreaterThan(10);
    for (const name of variables) expect(operations, name).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });
});
