import { z } from 'zod';

// The JSON contract of `npm run ask -- --json`, as docs/matching.md documents it.
const resultSchema = z.strictObject({
  id: z.string(),
  source: z.string(),
  section: z.number(),
  sectionTitle: z.string(),
  paragraphs: z.array(z.number()),
  page: z.number(),
  passages: z.array(z.string()),
  topic: z.string().endsWith('?'),
  claim: z.string().nullable(),
  rebuttal: z.string(),
  quote: z.string(),
  notes: z.array(z.strictObject({ date: z.iso.date(), text: z.string(), source: z.url() })),
  score: z.number().min(0).max(1),
});
export const answerSchema = z.strictObject({
  matcher: z.enum(['hybrid', 'lexical']),
  kind: z.enum(['argument', 'topic', 'about', 'chat', 'not-addressed', 'other-language', 'unclear']),
  stance: z.enum(['article', 'other', 'question']),
  language: z.string().optional(),
  question: z.string(),
  answered: z.boolean(),
  verdict: z.string(),
  close: z.array(z.string()),
  notAddressed: z.array(z.string()),
  results: z.array(resultSchema).max(5), // a topic lists up to 5
  alsoRaises: z.array(z.strictObject({ id: z.string(), topic: z.string() })).max(2),
});
