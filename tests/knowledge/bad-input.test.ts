import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import type { Problem } from '../../src/knowledge/types.ts';
import { copyKnowledge, lineOf, REAL_KNOWLEDGE, type KnowledgeCopy } from '../support/knowledge-copy.ts';

const INTRO = 'arguments/01-introduction.yaml';
const COLONY = 'arguments/02-colonial-paradigm.yaml';
const SOURCE = 'sources/avim-2020-33.md';

let kb: KnowledgeCopy;
beforeEach(async () => {
  kb = await copyKnowledge();
});
afterEach(async () => {
  await kb.dispose();
});

/** Loads the copy; it must come back normally, not ok, with the rest of the entries intact. */
async function problems(): Promise<Problem[]> {
  const result = await loadKnowledge(kb.dir);
  if (result.ok) throw new Error('expected problems, the copy loaded cleanly');
  return [...result.problems];
}

describe('loading bad knowledge files', () => {
  it('broken YAML: the syntax error with its line', async () => {
    await kb.write(INTRO, (await kb.read(INTRO)).replace('  section: 1\n', '  section: [1\n'));
    const found = await problems();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: INTRO, message: expect.stringMatching(/^YAML syntax/) });
    expect(found[0]?.line).toBeGreaterThanOrEqual(lineOf(await kb.read(INTRO), 'section: [1'));
  });

  it('wrong type: names the entry and field, at the value', async () => {
    await kb.edit(COLONY, '  section: 2\n  paragraphs: [1, 2]', '  section: two\n  paragraphs: [1, 2]');
    const text = await kb.read(COLONY);
    expect(await problems()).toEqual([
      {
        file: COLONY,
        line: lineOf(text, 'section: two'),
        column: 12,
        message: expect.stringMatching(/^entry 1, field "section": .*expected number/),
      },
    ]);
  });

  it('paragraphs too long for one card: their lengths, at the paragraphs, and no entry built from them', async () => {
    await kb.edit(COLONY, '  section: 2\n  paragraphs: [1, 2]', '  section: 3\n  paragraphs: [8, 9]');
    const text = await kb.read(COLONY);
    // (The thesis entry of §2 now claims §3 as well: that problem is listed too.)
    expect(await problems()).toContainEqual({
      file: COLONY,
      line: lineOf(text, 'paragraphs: [8, 9]'),
      column: 15,
      message: expect.stringMatching(
        /^the cited paragraphs hold 2,\d{3} characters \(¶8 1,\d{3} \+ ¶9 \d{3}\); one card holds at most 2,500/,
      ),
    });
  });

  it('unknown and missing fields', async () => {
    await kb.edit(COLONY, '  topic: Was Karabakh ever a colony?', '  topc: Was Karabakh ever a colony?');
    const text = await kb.read(COLONY);
    expect(await problems()).toEqual(
      expect.arrayContaining([
        { file: COLONY, line: lineOf(text, 'topc:'), column: 3, message: 'entry 1: unknown field "topc"' },
        {
          file: COLONY,
          line: lineOf(text, 'id: karabakh-not-a-colony'),
          column: 3,
          message: 'entry 1: missing required field "topic"',
        },
      ]),
    );
  });

  it('duplicate id: points at the second and names the first', async () => {
    await kb.edit(COLONY, 'id: armenians-as-settlers', 'id: karabakh-not-a-colony');
    const text = await kb.read(COLONY);
    const second = text.split('\n').findLastIndex((line) => line.includes('id: karabakh-not-a-colony')) + 1;
    expect(await problems()).toContainEqual({
      file: COLONY,
      line: second,
      column: 7,
      message:
        `duplicate id "karabakh-not-a-colony": first defined ` +
        `at ${COLONY}:${lineOf(text, 'id: karabakh-not-a-colony')}`,
    });
  });

  it('quote not in the source: says where it stops matching', async () => {
    await kb.edit(
      COLONY,
      'politically, nor can Azerbaijan be regarded',
      'politically, nor can Azerbaijan ever be regarded',
    );
    const found = await problems();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: COLONY, line: lineOf(await kb.read(COLONY), 'quote: >-'), column: 10 });
    expect(found[0]?.message).toMatch(
      new RegExp(
        /quote is not verbatim in the cited paragraphs \(§2 ¶1, ¶2\): it matches up to "….*nor can /.source +
          /Azerbaijan ?", then differs/.source,
      ),
    );
  });

  it('unknown paragraph and unknown section', async () => {
    await kb.edit(COLONY, '  paragraphs: [3]', '  paragraphs: [9]');
    await kb.edit(INTRO, '  section: 1\n  paragraphs: [3]', '  section: 12\n  paragraphs: [3]');
    const messages = (await problems()).map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
    expect(messages).toContain(
      `${COLONY}:${lineOf(await kb.read(COLONY), 'paragraphs: [9]')}:16 unknown paragraph ¶9 in §2 (it has ¶1–¶3)`,
    );
    expect(messages).toContain(
      `${INTRO}:${lineOf(await kb.read(INTRO), 'section: 12')}:12 unknown section §12 in "avim-2020-33" (it has §1–§8)`,
    );
  });

  it('unknown related id', async () => {
    await kb.edit(
      COLONY,
      'related: [armenians-since-antiquity, karabakh-not-a-colony]',
      'related: [armenians-as-setlers, karabakh-not-a-colony]',
    );
    expect(await problems()).toEqual([
      {
        file: COLONY,
        line: lineOf(await kb.read(COLONY), 'armenians-as-setlers'),
        column: 13,
        message: 'related id "armenians-as-setlers" is not an entry',
      },
    ]);
  });

  it('a question repeated in another entry', async () => {
    await kb.edit(COLONY, '    - Is Karabakh an Azerbaijani colony?', '    - what is this ARTICLE about');
    const found = await problems();
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(
      /^question repeats one of entry "article-thesis" \(arguments\/01-introduction\.yaml:\d+\)$/,
    );
  });

  it('missing front matter, and a missing front matter field', async () => {
    const text = await kb.read(SOURCE);
    await kb.write(SOURCE, text.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const found = await problems();
    expect(found[0]).toEqual({
      file: SOURCE,
      line: 1,
      column: 1,
      message: expect.stringMatching(/^missing front matter/),
    });
    await kb.write(SOURCE, text.replace(/^citation: .*\n/m, ''));
    expect((await problems())[0]).toEqual({
      file: SOURCE,
      line: 2,
      column: 1,
      message: 'front matter: missing required field "citation"',
    });
  });

  it('a section heading missing or out of order', async () => {
    await kb.edit(SOURCE, '## 4. The Question', '## 5. The Question');
    const text = await kb.read(SOURCE);
    const found = await problems();
    expect(found[0]).toEqual({
      file: SOURCE,
      line: lineOf(text, '## 5. The Question'),
      column: 1,
      message: 'section heading §5 out of order: expected §4 here (a heading is missing or misnumbered)',
    });
  });

  it('an empty file', async () => {
    await kb.write('arguments/09-empty.yaml', '\n  \n');
    expect(await problems()).toEqual([
      { file: 'arguments/09-empty.yaml', line: 1, column: 1, message: 'file is empty: expected a list of entries' },
    ]);
  });

  it('a 5 MB file is refused without being parsed', async () => {
    await kb.write('arguments/09-huge.yaml', `# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    expect(await problems()).toEqual([
      { file: 'arguments/09-huge.yaml', line: 1, column: 1, message: 'file is too large (5.0 MB; the limit is 2 MB)' },
    ]);
  });

  it('non-UTF-8 bytes: the position of the first bad byte', async () => {
    const text = await kb.read(INTRO);
    const at = text.indexOf('Should other countries');
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, at)),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text.slice(at)),
    ]);
    await kb.write(INTRO, bytes);
    expect(await problems()).toEqual([
      {
        file: INTRO,
        line: lineOf(text, 'Should other countries'),
        column: 7,
        message: 'file is not valid UTF-8 text (save it as UTF-8)',
      },
    ]);
  });

  it('reports every problem at once, and still returns what did load', async () => {
    await kb.edit(
      COLONY,
      'related: [armenians-since-antiquity, karabakh-not-a-colony]',
      'related: [nope, karabakh-not-a-colony]',
    );
    await kb.edit(
      'arguments/05-imperative-of-legality.yaml',
      'arise from injustice or unjust acts',
      'arise from justice or unjust acts',
    );
    await kb.edit(INTRO, '  section: 1\n  paragraphs: [3]', '  section: 1\n  paragraphs: [30]');
    const result = await loadKnowledge(kb.dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const starts = result.problems.map((p) => p.message.split(' ').slice(0, 3).join(' '));
    expect(starts.sort()).toEqual(['quote is not', 'related id "nope"', 'unknown paragraph ¶30']);
    expect(result.problems).toHaveLength(3);
    // Every entry but the two that could not be built (the bad quote and the bad paragraph).
    const whole = await loadKnowledge(REAL_KNOWLEDGE);
    expect(result.partial.entries.length).toBe((whole.ok ? whole.knowledge.entries.length : 0) - 2);
  });

  it('a missing directory is a problem, not an exception', async () => {
    const result = await loadKnowledge(`${kb.dir}/does-not-exist`);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ file: '.', message: expect.stringMatching(/^knowledge directory not found/) }],
    });
  });
});
