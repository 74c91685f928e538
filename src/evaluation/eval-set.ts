import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';

/** Where the evaluation questions live. */
export const EVAL_SET_FILE = path.join(import.meta.dirname, '..', '..', 'tests', 'eval', 'questions.yaml');

const kinds = z.enum(['typo', 'keywords', 'assertion', 'offtopic', 'neartopic']);

const evalQuestionSchema = z.strictObject({
  q: z.union([z.string(), z.number().transform(String)]).pipe(z.string().min(1)),
  expect: z.union([z.literal('none'), z.array(z.string()).min(1)]),
  kind: kinds.optional(),
});

/** One evaluation question: what a user typed, and the entries that would be right answers. */
export interface EvalQuestion {
  readonly question: string;
  /** Right answers; empty when the article does not address the question. */
  readonly expected: readonly string[];
  readonly kind: z.infer<typeof kinds> | undefined;
}

/** Reads and validates the evaluation set. */
export async function loadEvalSet(file = EVAL_SET_FILE): Promise<EvalQuestion[]> {
  const parsed = z.array(evalQuestionSchema).parse(load(await readFile(file, 'utf8')));
  return parsed.map((item) => ({ question: item.q, expected: item.expect === 'none' ? [] : item.expect, kind: item.kind }));
}
