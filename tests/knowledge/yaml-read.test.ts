import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/knowledge/yaml-read.ts';

const FILE = 'arguments/x.yaml';

describe('reading a knowledge YAML file', () => {
  it('gives YAML 1.2 core values: yes, no and dates stay text, numbers are numbers', () => {
    const read = readYaml('- id: a\n  said: yes\n  not: no\n  date: 2020-11-11\n  section: 0x10\n- id: b\n', FILE);
    expect(read.syntaxProblems).toEqual([]);
    expect(read.value).toEqual([{ id: 'a', said: 'yes', not: 'no', date: '2020-11-11', section: 16 }, { id: 'b' }]);
    expect(read.itemLines).toEqual([1, 6]);
  });

  it('locates a path of a clean file when a later check asks', () => {
    const read = readYaml('- id: a\n  quote: >-\n    first line\n    second\n', FILE);
    const located = read.located();
    expect(located.at([0, 'quote'], 'bad quote')).toEqual({ file: FILE, line: 2, column: 10, message: 'bad quote' });
    expect(located.atText([0, 'quote'], 11, 'here')).toEqual({ file: FILE, line: 4, column: 5, message: 'here' });
  });

  it('reports a syntax error where the parser found it, and no values', () => {
    const read = readYaml('- id: a\n  section: [1\n  x: 2\n', FILE);
    expect(read.value).toBeUndefined();
    expect(read.syntaxProblems[0]).toMatchObject({
      file: FILE,
      line: 3,
      message: expect.stringMatching(/^YAML syntax: /),
    });
  });

  it('refuses a duplicate key, at the second one', () => {
    const read = readYaml('- id: a\n  id: b\n', FILE);
    expect(read.syntaxProblems).toEqual([
      { file: FILE, line: 2, column: 3, message: 'YAML syntax: Map keys must be unique' },
    ]);
  });

  it('refuses tags the core schema does not know, YAML 1.1 types included, at the tag', () => {
    expect(readYaml('- id: !foo a\n', FILE).syntaxProblems).toEqual([
      { file: FILE, line: 1, column: 7, message: 'YAML syntax: Unresolved tag: !foo' },
    ]);
    for (const tagged of ['- id: !!binary aGk=\n', '- id: !!timestamp 2020-11-11\n', '- !!set {a, b}\n']) {
      const read = readYaml(tagged, FILE);
      expect(read.value).toBeUndefined();
      const message = expect.stringMatching(/^YAML syntax: Unresolved tag: tag:yaml\.org,2002:/);
      expect(read.syntaxProblems).toEqual([expect.objectContaining({ line: 1, message })]);
    }
  });

  it('refuses a control character, at the character', () => {
    expect(readYaml('- id: a\n  claim: one\u0007two\n', FILE).syntaxProblems).toEqual([
      {
        file: FILE,
        line: 2,
        column: 13,
        message: 'YAML syntax: the stream contains a non-printable character (U+0007)',
      },
    ]);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    // Each level names the one before nine times: 9 × 9 × 9 copies of the first list.
    const levels = [
      'a: &a [x,x,x,x,x,x,x,x,x]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ];
    const read = readYaml(levels.join('\n'), FILE);
    expect(read.value).toBeUndefined();
    const message = expect.stringMatching(/too many aliases/);
    expect(read.syntaxProblems).toEqual([expect.objectContaining({ line: 1, column: 1, message })]);
  });
});
