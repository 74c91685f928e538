import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { KnowledgeStore, prepare } from '../../src/reload/knowledge-store.ts';
import { REAL_KNOWLEDGE } from './knowledge-copy.ts';

/** A store holding the knowledge base in `dir` (the bundled one by default). */
export async function storeFor(dir = REAL_KNOWLEDGE): Promise<KnowledgeStore> {
  const loaded = await loadKnowledge(dir);
  if (!loaded.ok) throw new Error(`fixture has problems: ${JSON.stringify(loaded.problems)}`);
  return new KnowledgeStore(prepare(loaded.knowledge));
}

/** An extra entry, valid against the bundled article. */
export const EXTRA_ENTRY = `
- id: added-by-admin
  section: 8
  paragraphs: [1]
  topic: Is this an entry an admin added?
  claim: An entry an admin added
  rebuttal: The article argues that international law is a pillar of the liberal order.
  quote: international law is one of the chief pillars of the liberal international order
  questions: [one new question, two new question, three new question, four new question]
  keywords: [quokkaland]
`;

/** The entry the /reload tests add to the conclusion's file: found by its one keyword, "zanzibarian". */
export const PIZZA_POLICY_ENTRY = `
- id: pizza-policy
  section: 8
  paragraphs: [1]
  topic: Is this a test entry added by an admin?
  claim: A test claim added by an admin
  rebuttal: The article argues that this entry exists only for a test.
  quote: international law is one of the chief pillars of the liberal international order
  questions: [first test question, second test question, third test question, fourth test question]
  keywords: [zanzibarian]
`;
