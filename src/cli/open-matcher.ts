import { loadSemanticConfig } from '../config/env.ts';
import type { LoadedKnowledge } from '../reload/knowledge-store.ts';
import { attachSemantic } from '../reload/semantic-attach.ts';
import { closeSharedEngine, describeStatus, sharedSemanticEngine } from '../semantic/shared-engine.ts';
import { UsageError } from './cli-support.ts';

/**
 * A command-line tool's knowledge base read as the bot reads it: hybrid when the model is there
 * (MATCHER, or the tool's --matcher flag), lexical otherwise, with one line on stderr saying which
 * when it is not what was asked for. Call `done` before exiting.
 */
export async function withMatcher(
  loaded: LoadedKnowledge,
  flag: string | undefined,
): Promise<{ loaded: LoadedKnowledge; done: () => Promise<void> }> {
  if (flag !== undefined && flag !== 'hybrid' && flag !== 'lexical')
    throw new UsageError('--matcher must be hybrid or lexical');
  const config = loadSemanticConfig();
  const matcher = (flag ?? config.MATCHER) as 'hybrid' | 'lexical';
  const engine = sharedSemanticEngine({ matcher, modelDir: config.MODEL_DIR, threads: config.EMBED_THREADS });
  const attached = await attachSemantic(loaded, engine, (error) =>
    console.error(`matcher: a question was matched lexically (${String(error)})`),
  );
  if (engine && attached.report.mode === 'lexical') console.error(`matcher: ${describeStatus(engine.status)}`);
  return { loaded: attached.loaded, done: closeSharedEngine };
}
