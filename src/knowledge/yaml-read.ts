import type { Problem } from './types.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml-locate.ts';

/** A YAML file read for its values, able to locate any path in it when a problem needs a place. */
export interface ReadYaml {
  readonly value: unknown;
  readonly syntaxProblems: Problem[];
  /** Lines (1-based) where the items of a top-level block list start, in order. */
  readonly itemLines: readonly number[];
  /** The position-keeping parse, built again on first use when the values did not need it, and kept. */
  located(): LocatedYaml;
}

// What YAML does not allow in a stream (YAML 1.2, c-printable); a control character would reach
// the replies. (Lone surrogates cannot occur: the files were decoded as UTF-8.)
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

/**
 * Reads YAML with `yaml` (YAML 1.2, core schema, duplicate keys refused), the project's one YAML
 * parser. (js-yaml read values about ten times faster: at 10,000 entries loading took a third of
 * the time.) Unknown tags and non-printable characters are syntax problems here, as they always
 * were for these files. The positioned document is kept only for a file with a syntax problem: the
 * values of 10,000 entries are about 10 MB of text whose documents would hold some 50 MB more
 * through the checks, and a file with a problem found later (schema, references) is simply parsed
 * again when it is located.
 */
export function readYaml(text: string, file: string): ReadYaml {
  const first = parseLocatedYaml(text, file);
  const syntaxProblems = [...first.syntaxProblems, ...first.unknownTags, ...nonPrintable(text, file)];
  const ok = syntaxProblems.length === 0;
  let located: LocatedYaml | undefined = ok ? undefined : first;
  return {
    value: ok ? first.value : undefined,
    syntaxProblems,
    itemLines: ok ? topLevelItemLines(text) : [],
    located: () => (located ??= parseLocatedYaml(text, file)),
  };
}

/** The first non-printable character, located, if there is one. */
function nonPrintable(text: string, file: string): Problem[] {
  const at = text.search(NON_PRINTABLE);
  if (at < 0) return [];
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const code = `U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
  return [{ file, line, column, message: `YAML syntax: the stream contains a non-printable character (${code})` }];
}

// In a top-level block list every item starts with "-" in column 1; nothing else can (nested
// content is indented, block scalars too), so a scan finds them without a positioned parse.
function topLevelItemLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const startsLine = i === 0 || text[i - 1] === '\n';
    if (startsLine && text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\n')) lines.push(line);
    if (text[i] === '\n') line++;
  }
  return lines;
}
