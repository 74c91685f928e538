import { z } from 'zod';

/** Longest entry id: ids travel inside Discord custom_ids, which hold 100 characters in all. */
export const MAX_ID_LENGTH = 40;
/** Longest quote: a quote is an excerpt that fits comfortably in an embed. */
export const MAX_QUOTE_LENGTH = 320;
/** Longest topic: it labels buttons (80 characters) and menu options. */
export const MAX_TOPIC_LENGTH = 80;
/** Longest attribution line: about one phone line, carried by every answer. */
export const MAX_ATTRIBUTION_LINE = 120;

const kebabId = z
  .string()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case, like "karabakh-not-a-colony"');

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

// YAML reads a bare 1915 or 2016 as a number; in a list of terms an admin means the text.
const term = (max: number) => z.union([z.number().transform(String), z.string()]).pipe(text(max));

/** Front matter of a file under `sources/`. */
export const sourceMetaSchema = z
  .strictObject({
    id: kebabId,
    title: text(300),
    citation: text(80),
    publisher: text(200),
    series: text(120),
    date: z.iso.date('must be a date written YYYY-MM-DD'),
    address: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
    written_before: text(400).optional(),
    attribution: text(400),
    attribution_line: text(MAX_ATTRIBUTION_LINE),
    publisher_about: text(400).optional(),
    publisher_names: z.array(text(80)).max(8, 'must list at most 8 names').optional(),
    reviewed: z.iso.date('must be a date written YYYY-MM-DD').optional(),
  })
  .transform(({ written_before, attribution_line, publisher_about, publisher_names, ...meta }) => ({
    ...meta,
    writtenBefore: written_before,
    attributionLine: attribution_line,
    publisherAbout: publisher_about,
    publisherNames: publisher_names ?? [],
    reviewed: meta.reviewed,
  }));

/** A dated, sourced editor's note under an entry. */
const editorNoteSchema = z.strictObject({
  date: z.iso.date('must be a date written YYYY-MM-DD'),
  text: text(500),
  source: z.url({ protocol: /^https?$/, error: 'must be the http(s) address of a public source that states it' }),
});

/** One entry of a file under `arguments/`, before cross-checks. */
export const entrySchema = z.strictObject({
  id: kebabId,
  source: kebabId.optional(),
  section: z.int().positive(),
  paragraphs: z
    .array(z.int().positive())
    .min(1, 'must cite at least one paragraph')
    .max(3, 'must cite at most 3 paragraphs'),
  topic: text(MAX_TOPIC_LENGTH).refine(
    (value) => value.endsWith('?'),
    'must be a short neutral question ending with "?"',
  ),
  claim: text(300).optional(),
  // Every sentence must be reported speech: checked sentence by sentence (attribution.ts).
  rebuttal: text(1200),
  quote: text(MAX_QUOTE_LENGTH),
  questions: z.array(term(300)).min(4, 'needs at least 4 example questions'),
  // How each side states the point in its own words: for telling which side an asker takes,
  // never shown as anyone's words.
  phrasings: z
    .strictObject({
      other: z.array(term(300)).default([]),
      article: z.array(term(300)).default([]),
    })
    .default({ other: [], article: [] }),
  keywords: z.array(term(80)).min(1, 'needs at least one keyword'),
  related: z.array(kebabId).default([]),
  notes: z.array(editorNoteSchema).default([]),
  /** Marks the entry that states its section's thesis (shown by /section); else the first is. */
  thesis: z.boolean().default(false),
});

/** An entry as validated by {@link entrySchema}. */
export type EntryInput = z.infer<typeof entrySchema>;

/** A file under `arguments/`: a list of entries. */
export const argumentsFileSchema = z.array(z.unknown(), 'must be a list of entries (each starting with "- id:")');

const NOT_A_YEAR = 'must be a year, like 2022';

/** `scope.yaml`: topics people raise that the sources do not address, with the words that name them. */
export const scopeSchema = z.array(
  z.strictObject({
    topic: text(160),
    terms: z.array(term(80)).min(1, 'needs at least one term that names the topic'),
    since: z.number(NOT_A_YEAR).int(NOT_A_YEAR).min(1000, NOT_A_YEAR).max(2100, NOT_A_YEAR).optional(),
  }),
  'must be a list of topics, each with "topic" and "terms" (and optionally "since")',
);

/** `synonyms.yaml`: groups of interchangeable terms. */
export const synonymsSchema = z.array(
  z.array(term(60)).min(2, 'a group needs at least two terms'),
  'must be a list of groups, each a list of terms',
);
