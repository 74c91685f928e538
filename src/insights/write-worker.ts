import { parentPort, workerData } from 'node:worker_threads';
import { SqliteInsightsStore } from './sqlite-store.ts';
import { errorCode } from './store-errors.ts';
import type { WriterReply, WriterRequest } from './insights-writer.ts';

// The insights writer: recorded questions are written, /insights summaries read and the daily
// purge run on this thread's own connection to the database, so that neither a batch, nor the WAL
// checkpoint SQLite runs every few thousand questions (about 25 ms), nor a summary over a large
// database (tens of milliseconds), nor the purge ever holds up an answer. Requests are handled one
// at a time, in order: a summary sees every question sent before it.
const port = parentPort;
if (!port) throw new Error('write-worker.ts runs as a worker thread');
const { dataDir } = workerData as { dataDir: string };

let store: SqliteInsightsStore | undefined;
let openFailure: unknown;
try {
  store = SqliteInsightsStore.open(dataDir);
} catch (error) {
  openFailure = error;
}

// An Error loses its SQLite code on the way between threads; the code is what names the cause.
const failure = (error: unknown) => ({ message: error instanceof Error ? error.message : String(error), code: errorCode(error) });

port.on('message', (request: WriterRequest) => {
  if (request.kind === 'close') {
    store?.close();
    store = undefined;
    port.postMessage({ kind: 'closed', id: request.id } satisfies WriterReply);
    port.close();
    return;
  }
  try {
    if (!store) throw openFailure ?? new Error('the database is closed');
    if (request.kind === 'questions') {
      store.recordQuestions(request.events);
      port.postMessage({ kind: 'written', id: request.id } satisfies WriterReply);
    } else if (request.kind === 'purge') {
      port.postMessage({ kind: 'purged', id: request.id, deleted: store.purgeBefore(request.before) } satisfies WriterReply);
    } else {
      port.postMessage({ kind: 'summary', id: request.id, summary: store.summary(request.options) } satisfies WriterReply);
    }
  } catch (error) {
    port.postMessage({ kind: 'failed', id: request.id, failure: failure(error) } satisfies WriterReply);
  }
});
