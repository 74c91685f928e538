import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './types.ts';

/** A parsed YAML text that can say where any path in it starts. */
export interface LocatedYaml {
  readonly doc: Document;
  readonly value: unknown;
  /** Problems from the YAML parser itself (syntax), already located. */
  readonly syntaxProblems: Problem[];
  /** Tags the core schema does not know (`!foo`, `!!binary`), located: their values were read as plain text. */
  readonly unknownTags: Problem[];
  /** Position of the deepest existing node on `path`, shifted by the text's first line. */
  at(path: readonly PropertyKey[], message: string, key?: string): Problem;
  /** Whether a value exists at `path`. */
  has(path: readonly PropertyKey[]): boolean;
  /**
   * Position of the character at `offset` in the string value at `path` (a sentence inside a
   * folded rebuttal, say): the scalar's source is walked alongside its value, line folds and
   * indentation skipped.
   */
  atText(path: readonly PropertyKey[], offset: number, message: string): Problem;
}

/**
 * Parses YAML keeping positions: YAML 1.2's core schema, duplicate keys refused, none of YAML 1.1's
 * types (`!!binary`, `!!timestamp`, `!!set`…). `firstLine` shifts reported lines, for YAML that
 * starts inside a larger file (front matter).
 */
export function parseLocatedYaml(text: string, file: string, firstLine = 1): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, resolveKnownTags: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const syntaxProblems = doc.errors.map((error) => ({
    file,
    ...position(error.pos[0]),
    message: `YAML syntax: ${headline(error.message)}`,
  }));
  const unknownTags = doc.warnings
    .filter((warning) => warning.code === 'TAG_RESOLVE_FAILED' || warning.code === 'BAD_COLLECTION_TYPE')
    .map((warning) => ({ file, ...position(warning.pos[0]), message: `YAML syntax: ${headline(warning.message)}` }));
  let value: unknown;
  if (syntaxProblems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias bomb ("billion laughs"): refused by the parser's alias cap, reported here.
      const reason = error instanceof Error ? error.message : String(error);
      const message = `YAML: ${reason} (too many aliases; write the values out)`;
      syntaxProblems.push({ file, ...position(0), message });
    }
  }
  const plain = (path: readonly PropertyKey[]) => path.filter((k) => typeof k !== 'symbol');
  return {
    doc,
    has: (path) => doc.hasIn(plain(path)),
    value,
    syntaxProblems,
    unknownTags,
    atText(path, offset, message) {
      const node = doc.getIn(plain(path), true);
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return this.at(path, message);
      const value = node.value;
      let s = node.range[0];
      // A block scalar's text starts on the line after its header (">-", "|").
      if (text[s] === '>' || text[s] === '|') s = text.indexOf('\n', s) + 1;
      for (let i = 0; i < offset && s < node.range[1]; i++) {
        const ch = value[i] ?? '';
        if (/\s/.test(ch)) {
          while (s < node.range[1] && /\s/.test(text[s] ?? '')) s++;
        } else {
          while (s < node.range[1] && text[s] !== ch) s++;
          s++;
        }
      }
      while (s < node.range[1] && /[\s"']/.test(text[s] ?? '')) s++;
      return { file, ...position(s), message };
    },
    at(path, message, key) {
      let node: unknown = undefined;
      for (let depth = path.length; depth >= 0 && !isNode(node); depth--) {
        const keys = plain(path.slice(0, depth));
        node = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
      }
      if (key !== undefined && isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (pair && isNode(pair.key)) node = pair.key;
      }
      const offset = isNode(node) && node.range ? node.range[0] : 0;
      return { file, ...position(offset), message };
    },
  };
}

/** A parser message without the source excerpt `yaml` appends on the lines after it. */
function headline(message: string): string {
  return message.split('\n')[0] ?? message;
}
