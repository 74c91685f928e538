import { parentPort, workerData } from 'node:worker_threads';
import { EmbedSession } from './embed-session.ts';
import { EntrySpace, EntrySpaceBuilder } from './entry-space.ts';
import { checkModel, describeCheck } from './model-files.ts';
import { MODEL } from './model-manifest.ts';
import type { SemanticReply, SemanticRequest, SemanticWorkerData } from './semantic-messages.ts';
import { asStored, readCached, textKey, writeCached } from './vector-cache.ts';

// The semantic worker: the process's one inference session, the vector cache and the entry
// spaces live on this thread, so that neither loading the model, nor embedding thousands of entry
// texts at a reload, nor a question's few milliseconds of inference holds up the answering thread.
const port = parentPort;
if (!port) throw new Error('semantic-worker.ts runs as a worker thread');
const { modelDir, cacheFile, threads } = workerData as SemanticWorkerData;
const reply = (message: SemanticReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** The ridge added to the Gram matrix's diagonal (0.3–1 alike on the tuning half; 3 loses 2 points). */
const RIDGE = 1;
/** Texts embedded in one go during a build: a question waiting meanwhile waits for at most one such batch. */
const EMBED_BATCH = 32;

const spaces = new Map<number, EntrySpace>();
let building: { id: number; version: number; texts: (readonly string[])[] } | undefined;
// Builds run one at a time, in order. Questions are scored as they come, between a build's batches.
let builds = Promise.resolve();
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const session = (async () => {
  const started = performance.now();
  const check = await checkModel(modelDir, MODEL);
  if (!check.ok) throw new Error(describeCheck(check));
  return { session: await EmbedSession.open(check.dir, MODEL, threads), ms: performance.now() - started };
})();
session.then(
  ({ session: model, ms }) => reply({ kind: 'ready', ok: true, ms: Math.round(ms), graph: model.graphSource }),
  (error: unknown) =>
    reply({ kind: 'ready', ok: false, reason: error instanceof Error ? error.message : String(error) }),
);

async function build(
  version: number,
  texts: readonly (readonly string[])[],
): Promise<{ embedded: number; cached: number }> {
  const { session: model } = await session;
  const total = texts.reduce((n, t) => n + t.length, 0);
  const builder = new EntrySpaceBuilder(texts.length, MODEL.dimensions, total);
  // Each distinct text once, with every (entry, position) it stands at.
  const wanted = new Map<string, number[]>();
  const textOf = new Map<string, string>();
  const entryAt: number[] = [];
  texts.forEach((list, entry) =>
    list.forEach((text) => {
      const key = textKey(MODEL.vectorSpace, text);
      const position = entryAt.length;
      entryAt.push(entry);
      wanted.set(key, [...(wanted.get(key) ?? []), position]);
      textOf.set(key, text);
    }),
  );
  const add = (positions: readonly number[], vector: Float32Array) => {
    for (const p of positions) builder.add(entryAt[p] ?? 0, vector, p);
  };
  const cached = await readCached(cacheFile, MODEL.dimensions, wanted, add);
  const missing = [...wanted.keys()];
  for (let i = 0; i < missing.length; i += EMBED_BATCH) {
    const keys = missing.slice(i, i + EMBED_BATCH);
    const vectors = await model.embed(keys.map((k) => textOf.get(k) ?? ''));
    keys.forEach((key, j) =>
      add(wanted.get(key) ?? [], asStored(vectors.subarray(j * MODEL.dimensions, (j + 1) * MODEL.dimensions))),
    );
    await writeCached(cacheFile, MODEL.dimensions, keys, vectors).catch(() => {
      // A cache that cannot be written only means embedding again next time.
    });
    // Let waiting questions through before the next batch.
    await nextTurn();
  }
  spaces.set(version, builder.build(RIDGE));
  return { embedded: missing.length, cached };
}

// A message is scored against the entries and against the kinds of reply: the same text, embedded once.
const recent = new Map<string, Float32Array>();
const RECENT_TEXTS = 16;

async function vectorsOf(texts: readonly string[]): Promise<Float32Array> {
  const { session: model } = await session;
  // What is known is taken before the model runs: other questions may push it out meanwhile.
  const known = new Map(texts.flatMap((t) => (recent.has(t) ? [[t, recent.get(t) as Float32Array] as const] : [])));
  const missing = [...new Set(texts.filter((t) => !known.has(t)))];
  // A question is read up to its opening questionTokens: a long message costs no more than that.
  const embedded = await model.embed(missing, MODEL.questionTokens);
  missing.forEach((t, i) => known.set(t, embedded.slice(i * MODEL.dimensions, (i + 1) * MODEL.dimensions)));
  const out = new Float32Array(texts.length * MODEL.dimensions);
  texts.forEach((t, i) => {
    const vector = known.get(t);
    if (!vector) throw new Error('a text was not embedded');
    out.set(vector, i * MODEL.dimensions);
    recent.set(t, vector);
  });
  for (const key of recent.keys()) if (recent.size > RECENT_TEXTS) recent.delete(key);
  return out;
}

async function score(version: number, texts: readonly string[]): Promise<Float32Array> {
  const space = spaces.get(version);
  if (!space) throw new Error(`no entry space for version ${version}`);
  const vectors = await vectorsOf(texts);
  const out = new Float32Array(texts.length * space.count);
  for (let i = 0; i < texts.length; i++) {
    space.scores(
      vectors.subarray(i * MODEL.dimensions, (i + 1) * MODEL.dimensions),
      out.subarray(i * space.count, (i + 1) * space.count),
    );
  }
  return out;
}

port.on('message', (request: SemanticRequest) => {
  const failed = (id: number) => (error: unknown) =>
    reply({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  if (request.kind === 'begin') building = { id: request.id, version: request.version, texts: [] };
  else if (request.kind === 'texts') building?.texts.push(...request.texts);
  else if (request.kind === 'drop') spaces.delete(request.version);
  else if (request.kind === 'end') {
    const job = building;
    building = undefined;
    if (!job) return;
    builds = builds
      .then(async () => {
        const started = performance.now();
        const counts = await build(job.version, job.texts);
        reply({ kind: 'indexed', id: job.id, ...counts, ms: Math.round(performance.now() - started) });
      })
      .catch(failed(request.id));
  } else if (request.kind === 'score') {
    score(request.version, request.texts).then((scores) => {
      reply({ kind: 'scores', id: request.id, scores, entries: spaces.get(request.version)?.count ?? 0 }, [
        scores.buffer as ArrayBuffer,
      ]);
    }, failed(request.id));
  } else {
    builds = builds.then(async () => {
      await (await session.catch(() => undefined))?.session.close();
      reply({ kind: 'closed', id: request.id });
      port.close();
    });
  }
});
