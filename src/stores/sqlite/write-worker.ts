import { parentPort, workerData } from 'node:worker_threads';
import { errorCode } from '../store-errors.ts';
import type { QuestionStore } from '../questions.ts';
import { openDatabase, type SqliteDatabase } from './database.ts';
import { SqliteQuestionStore } from './question-store.ts';
import type { WriterFailure, WriterReply, WriterRequest } from './question-writer.ts';

// The insights writer: recorded questions are written, /insights summaries read and the daily
// purge run on this thread's own connection to the database, so that neither a batch, nor the WAL
// checkpoint SQLite runs every few thousand questions (about 25 ms), nor a summary over a large
// database (tens of milliseconds), nor the purge ever holds up an answer. Requests are handled one
// at a time, in order: a summary sees every question sent before it.
const port = parentPort;
if (!port) throw new Error('write-worker.ts runs as a worker thread');
const { dataDir } = workerData as { dataDir: string };

let db: SqliteDatabase | undefined;
let store: QuestionStore | undefined;
let openFailure: unknown;
try {
  db = openDatabase(dataDir);
  store = new SqliteQuestionStore(db);
} catch (error) {
  openFailure = error;
}

// An Error loses its SQLite code on the way between threads; the code is what names the cause.
const failure = (error: unknown): WriterFailure => ({
  message: error instanceof Error ? error.message : String(error),
  code: errorCode(error),
});

/** Calls `method` on the store; SQLite is synchronous, so the call is done by the time it returns. */
async function call(request: Extract<WriterRequest, { kind: 'call' }>): Promise<unknown> {
  if (!store) throw openFailure ?? new Error('the database is closed');
  const method = store[request.method] as (...args: unknown[]) => Promise<unknown>;
  return method.apply(store, [...request.args]);
}

// One request at a time, in the order sent: each waits for the one before.
let previous: Promise<unknown> = Promise.resolve();
port.on('message', (request: WriterRequest) => {
  previous = previous.then(async () => {
    if (request.kind === 'close') {
      if (db?.open) db.close();
      store = undefined;
      port.postMessage({ kind: 'closed', id: request.id } satisfies WriterReply);
      port.close();
      return;
    }
    try {
      port.postMessage({ kind: 'done', id: request.id, value: await call(request) } satisfies WriterReply);
    } catch (error) {
      port.postMessage({ kind: 'failed', id: request.id, failure: failure(error) } satisfies WriterReply);
    }
  });
});
