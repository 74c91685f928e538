import { z } from 'zod';

/** Longest entry id: ids travel inside Discord custom_ids, which hold 100 characters in all. */
export const MAX_ID_LENGTH = 40;
/** Longest quote: a quote is an excerpt that fits comfortably in an embed. */
export const MAX_QUOTE_LENGTH = 320;

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
    attribution: text(300),
  })
  .transform(({ written_before, ...meta }) => ({ ...meta, writtenBefore: written_before }));

/** One entry of a file under `arguments/`, before cross-checks. */
export const entrySchema = z.strictObject({
  id: kebabId,
  source: kebabId.optional(),
  section: z.int().positive(),
  paragraphs: z
    .array(z.int().positive())
    .min(1, 'must cite at least one paragraph')
    .max(3, 'must cite at most 3 paragraphs'),
  claim: text(300),
  rebuttal: text(1200).refine((value) => /\bthe article\b/i.test(value), {
    message: 'must attribute the argument, e.g. "The article argues…"',
  }),
  quote: text(MAX_QUOTE_LENGTH),
  questions: z.array(term(300)).min(4, 'needs at least 4 example questions'),
  keywords: z.array(term(80)).min(1, 'needs at least one keyword'),
  related: z.array(kebabId).default([]),
  context: text(600).optional(),
  /** Marks the entry that states its section's thesis (shown by /section); else the first is. */
  thesis: z.boolean().default(false),
});

/** An entry as validated by {@link entrySchema}. */
export type EntryInput = z.infer<typeof entrySchema>;

/** A file under `arguments/`: a list of entries. */
export const argumentsFileSchema = z.array(z.unknown(), 'must be a list of entries (each starting with "- id:")');

/** `synonyms.yaml`: groups of interchangeable terms. */
export const synonymsSchema = z.array(
  z.array(term(60)).min(2, 'a group needs at least two terms'),
  'must be a list of groups, each a list of terms',
);
