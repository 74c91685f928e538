import { describe, expect, it } from 'vitest';
import { lineOf } from '../support/knowledge-copy.ts';
import { COLONY, INTRO, knowledgeCopyPerTest } from '../support/knowledge-problems.ts';

const copy = knowledgeCopyPerTest();
const problems = copy.problems;

describe('loading bad knowledge files', () => {
  it('broken YAML: the syntax error with its line', async () => {
    await copy.kb.write(INTRO, (await copy.kb.read(INTRO)).replace('  section: 1\n', '  section: [1\n'));
    const found = await problems();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: INTRO, message: expect.stringMatching(/^YAML syntax/) });
    expect(found[0]?.line).toBeGreaterThanOrEqual(lineOf(await copy.kb.read(INTRO), 'section: [1'));
  });

  it('wrong type: names the entry and field, at the value', async () => {
    await copy.kb.edit(COLONY, '  section: 2\n  paragraphs: [1, 2]', '  section: two\n  paragraphs: [1, 2]');
    const text = await copy.kb.read(COLONY);
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
    await copy.kb.edit(COLONY, '  section: 2\n  paragraphs: [1, 2]', '  section: 3\n  paragraphs: [8, 9]');
    const text = await copy.kb.read(COLONY);
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
    await copy.kb.edit(COLONY, '  topic: Was Karabakh ever a colony?', '  topc: Was Karabakh ever a colony?');
    const text = await copy.kb.read(COLONY);
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
    await copy.kb.edit(COLONY, 'id: armenians-as-settlers', 'id: karabakh-not-a-colony');
    const text = await copy.kb.read(COLONY);
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
    await copy.kb.edit(
      COLONY,
      'politically, nor can Azerbaijan be regarded',
      'politically, nor can Azerbaijan ever be regarded',
    );
    const found = await problems();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: COLONY, line: lineOf(await copy.kb.read(COLONY), 'quote: >-'), column: 10 });
    expect(found[0]?.message).toMatch(
      new RegExp(
        /quote is not verbatim in the cited paragraphs \(§2 ¶1, ¶2\): it matches up to "….*nor can /.source +
          /Azerbaijan ?", then differs/.source,
      ),
    );
  });

  it('unknown paragraph and unknown section', async () => {
    await copy.kb.edit(COLONY, '  paragraphs: [3]', '  paragraphs: [9]');
    await copy.kb.edit(INTRO, '  section: 1\n  paragraphs: [3]', '  section: 12\n  paragraphs: [3]');
    const messages = (await problems()).map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
    const { kb } = copy;
    expect(messages).toContain(
      `${COLONY}:${lineOf(await kb.read(COLONY), 'paragraphs: [9]')}:16 unknown paragraph ¶9 in §2 (it has ¶1–¶3)`,
    );
    expect(messages).toContain(
      `${INTRO}:${lineOf(await kb.read(INTRO), 'section: 12')}:12 unknown section §12 in "avim-2020-33" (it has §1–§8)`,
    );
  });

  it('unknown related id', async () => {
    await copy.kb.edit(
      COLONY,
      'related: [armenians-since-antiquity, karabakh-not-a-colony]',
      'related: [armenians-as-setlers, karabakh-not-a-colony]',
    );
    expect(await problems()).toEqual([
      {
        file: COLONY,
        line: lineOf(await copy.kb.read(COLONY), 'armenians-as-setlers'),
        column: 13,
        message: 'related id "armenians-as-setlers" is not an entry',
      },
    ]);
  });

  it('a question repeated in another entry', async () => {
    await copy.kb.edit(COLONY, '    - Is Karabakh an Azerbaijani colony?', '    - what is this ARTICLE about');
    const found = await problems();
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(
      /^question repeats one of entry "article-thesis" \(arguments\/01-introduction\.yaml:\d+\)$/,
    );
  });
});
