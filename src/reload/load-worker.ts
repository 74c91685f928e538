import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/load-knowledge.ts';
import { summarize } from '../knowledge/summary.ts';
import { buildSearchIndex } from '../search/search-index.ts';
import { snapshotOf, transferablesOf } from '../search/search-snapshot.ts';
import { entryDigests } from './knowledge-store.ts';
import { writeCopy } from './last-good.ts';
import { ENTRY_BATCH, PARAGRAPH_BATCH, withoutPassages, type LoadMessage, type LoadRequest } from './load-messages.ts';

// The loading worker: reads, checks and indexes a knowledge directory off the answering thread,
// then hands the result over in small messages, one per request for the next (see load-messages.ts).
const port = parentPort;
if (!port) throw new Error('load-worker.ts runs as a worker thread');
const waiting = new Map<number, () => void>();

/** Posts one part and waits until the answering thread asks for the next. */
function send(message: LoadMessage, transfer: ArrayBuffer[] = []): Promise<void> {
  const asked = new Promise<void>((resolve) => waiting.set(message.id, resolve));
  port?.postMessage(message, transfer);
  return asked;
}

async function load(id: number, dir: string, stageTo: string | undefined): Promise<void> {
  const result = await loadKnowledge(dir);
  if (!result.ok) return port?.postMessage({ id, kind: 'problems', problems: result.problems } satisfies LoadMessage);
  const kb = result.knowledge;
  const snapshot = snapshotOf(buildSearchIndex(kb));
  // The files exactly as read, for the answering thread to keep as the last good copy once applied.
  const staged = stageTo !== undefined && (await writeCopy(stageTo, result.files, dir));
  await send({
    id,
    kind: 'head',
    summary: summarize(kb),
    digests: [...entryDigests(kb.entries)],
    synonyms: kb.synonyms,
    scope: kb.scope,
    staged,
  });
  let batch: (typeof kb.sources)[number][] = [];
  let paragraphs = 0;
  for (const source of kb.sources) {
    batch.push(source);
    paragraphs += source.sections.reduce((n, s) => n + s.paragraphs.length, 0);
    if (paragraphs >= PARAGRAPH_BATCH) {
      await send({ id, kind: 'sources', sources: batch });
      batch = [];
      paragraphs = 0;
    }
  }
  if (batch.length > 0) await send({ id, kind: 'sources', sources: batch });
  for (let i = 0; i < kb.entries.length; i += ENTRY_BATCH)
    await send({ id, kind: 'entries', entries: kb.entries.slice(i, i + ENTRY_BATCH).map(withoutPassages) });
  port?.postMessage({ id, kind: 'index', snapshot } satisfies LoadMessage, transferablesOf(snapshot));
}

port.on('message', (request: LoadRequest) => {
  if (request.kind === 'next') {
    waiting.get(request.id)?.();
    waiting.delete(request.id);
    return;
  }
  load(request.id, request.dir, request.stageTo).catch((error: unknown) => {
    port?.postMessage({
      id: request.id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    } satisfies LoadMessage);
  });
});
