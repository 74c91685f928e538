import { sourceMetaSchema } from './schemas.ts';
import type { Paragraph, Section, Source } from './source-types.ts';
import type { Problem } from './types.ts';
import { parseLocatedYaml } from './yaml-locate.ts';
import { zodProblems } from './zod-problems.ts';

const PAGE_MARKER = /^<!--\s*page\s+(\d+)\s*-->$/i;
const HEADING = /^##\s+(\d+)\.\s+(\S.*)$/;

/** A source file's parsed content, as far as it could be parsed, with every problem found. */
export interface ParsedSource {
  readonly source: Source | undefined;
  readonly problems: Problem[];
}

interface Block {
  readonly line: number;
  readonly lines: string[];
}

/**
 * Parses a Markdown source: YAML front matter, then `## N. Title` section headings in order,
 * `<!-- page N -->` page markers, and paragraphs as blank-line separated blocks (a block whose
 * lines all start with `>` is a quotation).
 */
export function parseSource(file: string, text: string): ParsedSource {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  const close = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
  if (close < 0) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'missing front matter: the file must start with a "---" line, the metadata, and a closing "---" line',
    });
  }
  const meta = close < 0 ? undefined : parseMeta(file, lines.slice(1, close).join('\n'), problems);
  const sections = parseBody(file, lines, close + 1, meta?.id ?? '', problems);
  const source = meta && { ...meta, file, sections };
  return { source, problems };
}

function parseMeta(file: string, yamlText: string, problems: Problem[]) {
  const located = parseLocatedYaml(yamlText, file, 2);
  for (const problem of located.syntaxProblems) problems.push(problem);
  if (located.syntaxProblems.length > 0) return undefined;
  const parsed = sourceMetaSchema.safeParse(located.value ?? {});
  if (parsed.success) return parsed.data;
  for (const problem of zodProblems(parsed.error, located, 'front matter')) problems.push(problem);
  return undefined;
}

function parseBody(file: string, lines: string[], start: number, sourceId: string, problems: Problem[]): Section[] {
  const sections: { number: number; title: string; line: number; paragraphs: Paragraph[] }[] = [];
  let page = 1;
  let block: Block | undefined;
  const flush = () => {
    const current = sections.at(-1);
    if (!block) return;
    if (!current) {
      problems.push({
        file,
        line: block.line,
        column: 1,
        message: 'text before the first section heading ("## 1. Title")',
      });
    } else {
      const quotation = block.lines.every((l) => l.startsWith('>'));
      const text = block.lines.map((l) => (quotation ? l.replace(/^>\s?/, '') : l).trim()).join(' ');
      current.paragraphs.push({
        sourceId,
        section: current.number,
        sectionTitle: current.title,
        number: current.paragraphs.length + 1,
        page,
        text,
        quotation,
        line: block.line,
      });
    }
    block = undefined;
  };
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const lineNo = i + 1;
    const pageMatch = PAGE_MARKER.exec(line);
    const heading = HEADING.exec(line);
    if (line === '' || pageMatch || heading || line.startsWith('#')) flush();
    if (pageMatch) {
      const next = Number(pageMatch[1]);
      if (next < page || (next === page && sections.length > 0)) {
        problems.push({
          file,
          line: lineNo,
          column: 1,
          message: `page marker ${next} comes after page ${page}; pages must increase`,
        });
      }
      page = next;
    } else if (heading) {
      const number = Number(heading[1]);
      const expected = sections.length + 1;
      if (number !== expected) {
        problems.push({
          file,
          line: lineNo,
          column: 1,
          message:
            `section heading §${number} out of order: expected §${expected} here (a heading is missing or ` +
            `misnumbered)`,
        });
      }
      sections.push({ number, title: (heading[2] ?? '').trim(), line: lineNo, paragraphs: [] });
    } else if (line.startsWith('#')) {
      problems.push({ file, line: lineNo, column: 1, message: 'a heading must look like "## 3. Section title"' });
    } else if (line !== '' && !line.startsWith('<!--')) {
      block ??= { line: lineNo, lines: [] };
      block.lines.push(line);
    }
  }
  flush();
  if (sections.length === 0) {
    problems.push({ file, line: Math.max(start, 1), column: 1, message: 'no section headings found ("## 1. Title")' });
  }
  for (const s of sections.filter((s) => s.paragraphs.length === 0)) {
    problems.push({ file, line: s.line, column: 1, message: `section §${s.number} has no paragraphs` });
  }
  return sections.map(({ number, title, paragraphs }) => {
    const pages: [number, number] = [paragraphs[0]?.page ?? page, paragraphs.at(-1)?.page ?? page];
    return { number, title, paragraphs, pages };
  });
}
