import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { lineOf, REAL_KNOWLEDGE } from '../support/knowledge-copy.ts';
import { COLONY, INTRO, knowledgeCopyPerTest, SOURCE } from '../support/knowledge-problems.ts';

const copy = knowledgeCopyPerTest();
const problems = copy.problems;

describe('loading bad knowledge files', () => {
  it('missing front matter, and a missing front matter field', async () => {
    const text = await copy.kb.read(SOURCE);
    await copy.kb.write(SOURCE, text.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const found = await problems();
    expect(found[0]).toEqual({
      file: SOURCE,
      line: 1,
      column: 1,
      message: expect.stringMatching(/^missing front matter/),
    });
    await copy.kb.write(SOURCE, text.replace(/^citation: .*\n/m, ''));
    expect((await problems())[0]).toEqual({
      file: SOURCE,
      line: 2,
      column: 1,
      message: 'front matter: missing required field "citation"',
    });
  });

  it('a section heading missing or out of order', async () => {
    await copy.kb.edit(SOURCE, '## 4. The Question', '## 5. The Question');
    const text = await copy.kb.read(SOURCE);
    const found = await problems();
    expect(found[0]).toEqual({
      file: SOURCE,
      line: lineOf(text, '## 5. The Question'),
      column: 1,
      message: 'section heading §5 out of order: expected §4 here (a heading is missing or misnumbered)',
    });
  });

  it('an empty file', async () => {
    await copy.kb.write('arguments/09-empty.yaml', '\n  \n');
    expect(await problems()).toEqual([
      { file: 'arguments/09-empty.yaml', line: 1, column: 1, message: 'file is empty: expected a list of entries' },
    ]);
  });

  it('a 5 MB file is refused without being parsed', async () => {
    await copy.kb.write('arguments/09-huge.yaml', `# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    expect(await problems()).toEqual([
      { file: 'arguments/09-huge.yaml', line: 1, column: 1, message: 'file is too large (5.0 MB; the limit is 2 MB)' },
    ]);
  });

  it('non-UTF-8 bytes: the position of the first bad byte', async () => {
    const text = await copy.kb.read(INTRO);
    const at = text.indexOf('Should other countries');
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, at)),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text.slice(at)),
    ]);
    await copy.kb.write(INTRO, bytes);
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
    await copy.kb.edit(
      COLONY,
      'related: [armenians-since-antiquity, karabakh-not-a-colony]',
      'related: [nope, karabakh-not-a-colony]',
    );
    await copy.kb.edit(
      'arguments/05-imperative-of-legality.yaml',
      'arise from injustice or unjust acts',
      'arise from justice or unjust acts',
    );
    await copy.kb.edit(INTRO, '  section: 1\n  paragraphs: [3]', '  section: 1\n  paragraphs: [30]');
    const result = await loadKnowledge(copy.kb.dir);
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
    const result = await loadKnowledge(`${copy.kb.dir}/does-not-exist`);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ file: '.', message: expect.stringMatching(/^knowledge directory not found/) }],
    });
  });
});
