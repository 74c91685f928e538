import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ReplyKind } from '../reading/message-kind.ts';
import type { Stance } from '../reading/stance.ts';

const EVAL_DIR = path.join(import.meta.dirname, '..', '..', 'tests', 'eval');
/** Real posts labelled by the side they take, collected apart from every tuning set: never tuned on. */
export const STANCE_SET_FILE = path.join(EVAL_DIR, 'stance-set.yaml');
/** The second such batch, collected blind in the thirteenth session: never tuned on. */
export const STANCE_FRESH_2_FILE = path.join(EVAL_DIR, 'stance-fresh-2.yaml');
/** Messages labelled with the kind of reply they should get, written apart from the rules: never tuned on. */
export const KIND_SET_FILE = path.join(EVAL_DIR, 'kind-set.yaml');

const stances = z.enum(['article', 'other', 'question']);
const kinds = z.enum(['argument', 'topic', 'about', 'chat', 'not-addressed', 'other-language', 'unclear']);

const stanceItemSchema = z.strictObject({
  text: z.string().min(1),
  url: z.url(),
  // Where the post comes from and what answers it: the first set has them, later batches need not.
  kind: z.string().min(1).optional(),
  stance: stances,
  answer: z.union([z.literal('none'), z.array(z.string().regex(/^\d+\.\d+$/)).min(1)]).optional(),
});

const kindItemSchema = z.strictObject({
  text: z.union([z.string(), z.number().transform(String)]).pipe(z.string().min(1)),
  kind: kinds,
  source: z.union([z.literal('written'), z.url()]),
});

/** One post of the stance set. */
export type StanceItem = z.infer<typeof stanceItemSchema>;
/** One message of the kind set. */
export type KindItem = z.infer<typeof kindItemSchema>;

/** Reads and validates the stance set. */
export async function readStanceSet(file = STANCE_SET_FILE): Promise<StanceItem[]> {
  return z.array(stanceItemSchema).parse(parseYaml(await readFile(file, 'utf8')));
}

/** Reads and validates the kind set. */
export async function readKindSet(file = KIND_SET_FILE): Promise<KindItem[]> {
  return z.array(kindItemSchema).parse(parseYaml(await readFile(file, 'utf8')));
}

/** Per label: how many items carry it, and the share of them given that label (recall). */
export type PerLabel<L extends string> = Record<L, { readonly n: number; readonly right: number }>;

/** Scores labels against predictions, per label: the figure the issue sets a floor on. */
export function perLabel<L extends string>(labels: readonly L[], pairs: readonly (readonly [L, L])[]): PerLabel<L> {
  const out = Object.fromEntries(labels.map((l) => [l, { n: 0, right: 0 }])) as Record<L, { n: number; right: number }>;
  for (const [truth, got] of pairs) {
    const row = out[truth];
    row.n++;
    if (got === truth) row.right++;
  }
  return out;
}

/** Every stance, in report order. */
export const STANCES: readonly Stance[] = ['article', 'other', 'question'];
/** Every kind, in report order. */
export const KINDS: readonly ReplyKind[] = [
  'argument',
  'topic',
  'about',
  'chat',
  'not-addressed',
  'other-language',
  'unclear',
];

/**
 * Floors under the figures of the last measurement (closing note of the "Know which side" work),
 * per label: recall of each stance on the held-apart stance set, and the share of kinds right on
 * the kind set (its rules were written against it), on the first fresh batch (written after them,
 * read once: 0.763, then 0.817 once the rules were revised) and on the second (written after the
 * revision, read once: 0.860; 0.849 once a review narrowed the patterns that took debate claims
 * for questions about the bot). They catch a regression; they are not the targets (0.90 for the
 * kind; 0.90, 0.90 and 0.85 for the sides), which these figures do not reach. In the twelfth
 * session the first three kind sets became the kind classifier's examples (reading/kind-examples)
 * and three blind batches joined: the third 0.594 before the classifier, 0.677 after; the fourth
 * 0.512 and 0.536; the fifth 0.571 and 0.643 (bench/NOTES.md, twelfth session). Raised in the
 * seventeenth, when questions on the bot's workings and cut-off messages got their patterns, and a
 * seventh blind batch joined (0.831 at its first run, before and after that session's changes).
 */
export const STANCE_FLOORS: Readonly<Record<Stance, number>> = { article: 0.15, other: 0.5, question: 0.85 };
export const KIND_FLOORS = {
  tuned: 0.96,
  fresh: 0.91,
  fresh2: 0.95,
  fresh3: 0.89,
  fresh4: 0.79,
  fresh5: 0.75,
  fresh6: 0.81,
  fresh7: 0.84,
} as const;

/** Share right over every label. */
export function overall<L extends string>(report: PerLabel<L>): number {
  const rows = Object.values(report) as { n: number; right: number }[];
  const n = rows.reduce((sum, r) => sum + r.n, 0);
  return n === 0 ? 0 : rows.reduce((sum, r) => sum + r.right, 0) / n;
}
