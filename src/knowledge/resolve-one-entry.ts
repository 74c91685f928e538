// One entry checked against its source (section, paragraphs, passage length, verbatim quote) and built.
import { verbatimForm } from '../text/normalize.ts';
import type { ParsedEntry } from './parse-arguments.ts';
import type { Source } from './source-types.ts';
import type { Entry, Problem } from './types.ts';

/** Builds one entry from its source, or reports why it cannot be built; no check across entries. */
export function resolveOne(e: ParsedEntry, sources: readonly Source[], problems: Problem[]): Entry | undefined {
  const { input } = e;
  const sourceId = input.source ?? (sources.length === 1 ? sources[0]?.id : undefined);
  const source = sources.find((s) => s.id === sourceId);
  if (!source) {
    const known = sources.map((s) => s.id).join(', ') || 'none loaded';
    problems.push(
      input.source === undefined
        ? e.at([], `entry "${input.id}" needs a "source" field: there are ${sources.length} sources (${known})`)
        : e.at(['source'], `unknown source "${input.source}" (known: ${known})`),
    );
    return undefined;
  }
  const section = source.sections.find((s) => s.number === input.section);
  if (!section) {
    problems.push(
      e.at(['section'], `unknown section §${input.section} in "${source.id}" (it has §1–§${source.sections.length})`),
    );
    return undefined;
  }
  const passages = input.paragraphs.map((n) => section.paragraphs.find((p) => p.number === n));
  input.paragraphs.forEach((n, k) => {
    if (!passages[k]) {
      problems.push(
        e.at(
          ['paragraphs', k],
          `unknown paragraph ¶${n} in §${section.number} (it has ¶1–¶${section.paragraphs.length})`,
        ),
      );
    }
  });
  const found = passages.filter((p) => p !== undefined);
  if (found.length !== passages.length) return undefined;
  const texts = found.map((p) => p.text);
  const length = texts.reduce((n, t) => n + t.length, 0);
  if (length > MAX_PASSAGE_CHARS) {
    const each = found.map((p) => `¶${p.number} ${p.text.length.toLocaleString('en')}`).join(' + ');
    const most = MAX_PASSAGE_CHARS.toLocaleString('en');
    const message =
      `the cited paragraphs hold ${length.toLocaleString('en')} characters (${each}); ` +
      `one card holds at most ${most}: cite fewer paragraphs, or split the entry`;
    problems.push(e.at(['paragraphs'], message));
    return undefined;
  }
  if (!isVerbatimIn(input.quote, texts)) {
    const prefix = longestVerbatimPrefix(input.quote, texts);
    const hint =
      prefix.length === 0
        ? 'not even its first word matches'
        : `it matches up to "…${prefix.slice(-40)}", then differs`;
    problems.push(
      e.at(
        ['quote'],
        `quote is not verbatim in the cited paragraphs (§${section.number} ¶${input.paragraphs.join(', ¶')}): ${hint}`,
      ),
    );
    return undefined;
  }
  const { source: _source, ...fields } = input;
  return {
    ...fields,
    claim: input.claim,
    source: source.id,
    sectionTitle: section.title,
    page: found[0]?.page ?? section.pages[0],
    passages: found,
    file: e.file,
    line: e.line,
  };
}

/**
 * Most characters of article text one entry may cite: "Show passage" puts them in one card, and
 * Discord cuts an embed's description at 4,096 (the reference and labels need the rest).
 */
export const MAX_PASSAGE_CHARS = 2_500;

/** Whether `quote` appears word for word in one of `texts` (whitespace and quote marks aside). */
export function isVerbatimIn(quote: string, texts: readonly string[]): boolean {
  const needle = verbatimForm(quote);
  return texts.some((text) => verbatimForm(text).includes(needle));
}

/**
 * The longest start of `quote` that does appear in one of `texts`, so a report can show where a
 * quote stops matching. Found by binary search: every start of a found prefix is found too.
 */
export function longestVerbatimPrefix(quote: string, texts: readonly string[]): string {
  const needle = verbatimForm(quote);
  const haystacks = texts.map(verbatimForm);
  let low = 0;
  let high = needle.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const prefix = needle.slice(0, mid);
    if (haystacks.some((h) => h.includes(prefix))) low = mid;
    else high = mid - 1;
  }
  return needle.slice(0, low);
}
