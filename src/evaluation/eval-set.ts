import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { foldText } from '../text/normalize.ts';

const EVAL_DIR = path.join(import.meta.dirname, '..', '..', 'tests', 'eval');
/** Questions written the way Discord users ask, labelled with entry ids. */
export const EVAL_SET_FILE = path.join(EVAL_DIR, 'questions.yaml');
/** Real public posts, labelled with the article's paragraphs. */
export const REAL_PHRASINGS_FILE = path.join(EVAL_DIR, 'real-phrasings.yaml');
/**
 * Real posts collected after the hybrid matcher was tuned, labelled before it ran on them, from
 * sources none of the other sets used: reported on their own, never tuned on.
 */
export const FRESH_BATCH_FILE = path.join(EVAL_DIR, 'fresh-batch.yaml');
/**
 * The third such batch (twelfth session): 82 real posts from 71 sites none of the other sets used,
 * labelled with paragraphs and sides by someone who never saw the matcher, before it ran on them.
 */
export const FRESH_BATCH_3_FILE = path.join(EVAL_DIR, 'fresh-batch-3.yaml');
/**
 * The fourth (sixteenth session): 75 real posts from 67 sites none of the other sets used, collected
 * and labelled the same way, read before and after the session's change and never tuned on.
 */
export const FRESH_BATCH_4_FILE = path.join(EVAL_DIR, 'fresh-batch-4.yaml');
/**
 * The fifth (seventeenth session): 80 real posts from 72 sites no earlier set used, collected and
 * labelled the same way while the session's change was being made, first run after it.
 */
export const FRESH_BATCH_5_FILE = path.join(EVAL_DIR, 'fresh-batch-5.yaml');

const kinds = z.enum(['typo', 'keywords', 'assertion', 'offtopic', 'neartopic']);

const evalQuestionSchema = z.strictObject({
  q: z.union([z.string(), z.number().transform(String)]).pipe(z.string().min(1)),
  expect: z.union([z.literal('none'), z.array(z.string()).min(1)]),
  kind: kinds.optional(),
});

const realPhrasingSchema = z.strictObject({
  text: z.string().min(1),
  url: z.url(),
  form: z.union([z.literal('verbatim'), z.string().startsWith('adapted')]),
  kind: z.string().min(1),
  answer: z.union([
    z.literal('none'),
    z.array(z.string().regex(/^\d+\.\d+$/, 'must be section.paragraph, like 3.12')).min(1),
  ]),
  stance: z.enum(['article', 'other', 'question']).optional(),
});

/** Which half of a set an item falls in: tuning looks only at "tune", figures report both. */
export type Half = 'tune' | 'test';

/** One evaluation item: what someone wrote, and the entries that would be right answers. */
export interface EvalQuestion {
  readonly question: string;
  /** Right answers; empty when the article does not address the question. */
  readonly expected: readonly string[];
  readonly kind: string | undefined;
  readonly half: Half;
}

/**
 * The half of an item, from an FNV-1a hash of its folded text: stable across edits elsewhere in
 * the file and blind to the labels, so neither half is picked by hand.
 */
export function halfOf(text: string): Half {
  let hash = 0x811c9dc5;
  for (const ch of foldText(text)) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash % 2 === 0 ? 'tune' : 'test';
}

/** Reads and validates the hand-written evaluation set (labelled with entry ids). */
export async function loadEvalSet(file = EVAL_SET_FILE): Promise<EvalQuestion[]> {
  const parsed = z.array(evalQuestionSchema).parse(parseYaml(await readFile(file, 'utf8')));
  return parsed.map((item) => ({
    question: item.q,
    expected: item.expect === 'none' ? [] : item.expect,
    kind: item.kind,
    half: halfOf(item.q),
  }));
}

/** One item of the real-phrasing set as written in the file. */
export type RealPhrasing = z.infer<typeof realPhrasingSchema>;

/** Reads and validates the real-phrasing set as written: text, address, form, kind, answer. */
export async function readRealPhrasings(file = REAL_PHRASINGS_FILE): Promise<RealPhrasing[]> {
  return z.array(realPhrasingSchema).parse(parseYaml(await readFile(file, 'utf8')));
}

/**
 * Reads the real-phrasing set. Its labels are paragraphs of the first source; an answer is right
 * when the entry given cites one of them, so the labels outlive changes to the entries.
 */
export async function loadRealPhrasings(knowledge: KnowledgeBase, file = REAL_PHRASINGS_FILE): Promise<EvalQuestion[]> {
  const parsed = await readRealPhrasings(file);
  const source = knowledge.sources[0]?.id;
  return parsed.map((item) => {
    const expected =
      item.answer === 'none'
        ? []
        : [
            ...new Set(
              item.answer.flatMap((ref) => {
                const [section, paragraph] = ref.split('.').map(Number);
                const citing = knowledge.entries.filter(
                  (e) => e.source === source && e.section === section && e.paragraphs.includes(paragraph ?? 0),
                );
                if (citing.length === 0)
                  throw new Error(`real-phrasings.yaml: no entry cites §${ref} ("${item.text.slice(0, 40)}…")`);
                return citing.map((e) => e.id);
              }),
            ),
          ];
    return { question: item.text, expected, kind: item.kind, half: halfOf(item.text) };
  });
}
