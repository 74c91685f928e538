import { createHybridMatcher } from '../search/hybrid-matcher.ts';
import { KIND_EXAMPLES } from '../reading/kind-examples/index.ts';
import type { Entry } from '../knowledge/types.ts';
import type { SemanticEngine, SemanticIndex } from '../semantic/semantic-engine.ts';
import type { LoadedKnowledge } from './knowledge-store.ts';

/** What indexing a knowledge base for meaning gave, for the log. */
export interface AttachReport {
  readonly mode: 'hybrid' | 'lexical';
  readonly embedded: number;
  readonly cached: number;
  readonly ms: number;
}

/**
 * The knowledge base, read by words and meaning: its entries embedded in the semantic worker
 * (only texts the vector cache lacks) before it is put in use. Without an engine, or when the
 * model is not usable, it is returned as it is, lexical-only. `onFailure` hears of a question
 * the model could not score in time (it is answered lexically).
 */
export async function attachSemantic(
  loaded: LoadedKnowledge,
  engine: SemanticEngine | undefined,
  onFailure?: (error: unknown) => void,
): Promise<{ loaded: LoadedKnowledge; report: AttachReport }> {
  const started = performance.now();
  const index = await engine?.index(loaded.knowledge.entries).catch((error: unknown) => {
    onFailure?.(error);
    return undefined;
  });
  const kinds = index && engine ? await kindIndex(engine, loaded.knowledge.entries) : undefined;
  const ms = Math.round(performance.now() - started);
  if (!index) {
    const why = !engine
      ? 'MATCHER is set to lexical'
      : engine.status.mode === 'lexical'
        ? engine.status.reason
        : 'the entries could not be embedded';
    const lexical = { ...loaded, matcher: createHybridMatcher(loaded.matcher.lexical, undefined, onFailure, why) };
    return { loaded: lexical, report: { mode: 'lexical', embedded: 0, cached: 0, ms } };
  }
  return {
    loaded: {
      ...loaded,
      matcher: createHybridMatcher(loaded.matcher.lexical, index, onFailure, undefined, kinds),
      semantic: {
        ...index,
        release: () => {
          index.release();
          kinds?.release();
        },
      },
    },
    report: { mode: 'hybrid', embedded: index.built.embedded, cached: index.built.cached, ms },
  };
}

/** Most of the entries' own texts the arguments' examples take (the entries' vectors are cached). */
const KIND_CLAIMS = 4_000;

/**
 * The kinds of reply, indexed as entries are: each kind's examples are its texts, and the
 * arguments' examples also hold the entries' claims and example questions (already embedded for
 * the entries), so that a claim written out in full reads as an argument, not as a topic.
 */
function kindIndex(engine: SemanticEngine, entries: readonly Entry[]): Promise<SemanticIndex | undefined> {
  const claims = entries.flatMap((e) => [...(e.claim === undefined ? [] : [e.claim]), ...e.questions]);
  const kinds = KIND_EXAMPLES.map(({ kind, texts }) => {
    const all = kind === 'argument' ? [...texts, ...claims.slice(0, KIND_CLAIMS)] : texts;
    return { topic: all[0] ?? '', questions: all.slice(1) };
  });
  return engine.index(kinds).catch(() => undefined);
}

/** Where attaching reports: the log. */
export interface AttachLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/**
 * attachSemantic for every knowledge base a run puts in use (at start, at each reload), each one
 * logged; a question the model could not score is logged once per run, since a model that keeps
 * failing would otherwise write a line per question.
 */
export function meaningAttacher(
  engine: SemanticEngine | undefined,
  log: AttachLog,
): (next: LoadedKnowledge) => Promise<LoadedKnowledge> {
  let warned = false;
  const onFailure = (error: unknown) => {
    if (warned) return;
    warned = true;
    log.warn(
      { reason: error instanceof Error ? error.message : String(error) },
      'the embedding model could not score a question: it was answered lexically',
    );
  };
  return async (next) => {
    const { loaded, report } = await attachSemantic(next, engine, onFailure);
    const { mode: matcher, embedded, cached: fromCache, ms } = report;
    log.info({ matcher, embedded, fromCache, ms, entries: next.summary.entries }, 'knowledge base indexed');
    return loaded;
  };
}
