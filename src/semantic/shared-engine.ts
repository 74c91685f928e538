import path from 'node:path';
import type { Int8Source } from './int8-file.ts';
import { MODEL } from './model-manifest.ts';
import { SemanticEngine, type SemanticStatus } from './semantic-engine.ts';

/** What decides whether and how questions are read for meaning (MATCHER, MODEL_DIR, EMBED_THREADS). */
export interface SemanticOptions {
  readonly matcher: 'hybrid' | 'lexical';
  readonly modelDir: string;
  readonly threads: number;
  /** The vector cache; by default `vectors.bin` beside the model's files. */
  readonly cacheFile?: string;
}

let shared: SemanticEngine | undefined;

/**
 * The process's one semantic engine, started on first use; none when MATCHER=lexical. Every
 * knowledge base of the process (start, reloads, the CLIs) is indexed by this one engine.
 */
export function sharedSemanticEngine(options: SemanticOptions): SemanticEngine | undefined {
  if (options.matcher === 'lexical') return undefined;
  const folder = path.resolve(options.modelDir, MODEL.folder);
  shared ??= new SemanticEngine({
    modelDir: options.modelDir,
    cacheFile: options.cacheFile ?? path.join(folder, 'vectors.bin'),
    threads: options.threads,
  });
  return shared;
}

/** Why the model's int8 graph is held in memory, when it is. */
const HELD: Partial<Record<Int8Source, string>> = {
  memory: '; its int8 graph could not be written in the model directory and is held in memory',
  unpinned: '; its int8 graph does not match its pinned checksum (a changed onnx-proto?) and is held in memory',
};

/** Why the matcher is lexical-only, or that it is hybrid: one line for the start-up log and the CLIs. */
export function describeStatus(status: SemanticStatus | undefined): string {
  if (!status) return 'lexical (MATCHER=lexical)';
  if (status.mode === 'lexical') return `lexical: ${status.reason}`;
  // A model held in memory costs memory, not answers: said where an operator looks, with the reason.
  const held = HELD[status.graph] ?? '';
  return `hybrid (words and meaning: ${MODEL.description}, loaded in ${status.loadMs} ms${held})`;
}

/** Stops the shared engine (at shutdown, and at the end of a CLI run). */
export async function closeSharedEngine(): Promise<void> {
  const engine = shared;
  shared = undefined;
  await engine?.close();
}
