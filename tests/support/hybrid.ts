import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import type { KnowledgeBase } from '../../src/knowledge/types.ts';
import { prepare, type LoadedKnowledge } from '../../src/reload/knowledge-store.ts';
import { attachSemantic } from '../../src/reload/semantic-attach.ts';
import { checkModel } from '../../src/semantic/model-files.ts';
import { MODEL } from '../../src/semantic/model-manifest.ts';
import { closeSharedEngine, sharedSemanticEngine } from '../../src/semantic/shared-engine.ts';
import { REAL_KNOWLEDGE } from './knowledge-copy.ts';

/** Where `npm test` fetched the model (its pretest step runs `npm run model`). */
export const MODEL_DIR = path.join(import.meta.dirname, '..', '..', 'models');

let cacheFile: string | undefined;

/**
 * The process's semantic engine on the fetched model; fails loudly when the model is missing. It
 * starts from a copy of the shared vector cache, so what one test embeds never changes what
 * another finds cached.
 */
export async function testEngine() {
  const check = await checkModel(MODEL_DIR, MODEL);
  if (!check.ok)
    throw new Error(`the embedding model is not in ${MODEL_DIR}: run \`npm run model\` (npm test does it first)`);
  if (!cacheFile) {
    cacheFile = path.join(await mkdtemp(path.join(tmpdir(), 'cp-vectors-')), 'vectors.bin');
    await copyFile(path.join(check.dir, 'vectors.bin'), cacheFile).catch(() => {});
  }
  const engine = sharedSemanticEngine({ matcher: 'hybrid', modelDir: MODEL_DIR, threads: 1, cacheFile });
  if (!engine) throw new Error('no engine');
  return engine;
}

/** A knowledge base read as the bot reads it by default: hybrid, on the fetched model. */
export async function hybridLoaded(knowledge?: KnowledgeBase): Promise<LoadedKnowledge> {
  let kb = knowledge;
  if (!kb) {
    const result = await loadKnowledge(REAL_KNOWLEDGE);
    if (!result.ok) throw new Error('the bundled knowledge has problems');
    kb = result.knowledge;
  }
  const { loaded, report } = await attachSemantic(prepare(kb), await testEngine());
  if (report.mode !== 'hybrid') throw new Error('the model did not load');
  return loaded;
}

export { closeSharedEngine };
