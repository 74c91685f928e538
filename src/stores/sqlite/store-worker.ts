import { parentPort, workerData } from 'node:worker_threads';
import { errorCode } from '../store-errors.ts';
import { OpenFile } from './open-file.ts';
import type { ThreadFailure, ThreadMessage, ThreadRequest } from './thread-messages.ts';

// The store thread: every read and write of the bot's database runs here, on this thread's own
// connection, so that nothing a user waits on touches the disk. A locked file, a slow disk, a WAL
// checkpoint or a summary over a large database holds up this thread, never an answer. Requests
// are handled one at a time, in order: a summary sees every write sent before it.
const port = parentPort;
if (!port) throw new Error('store-worker.ts runs as a worker thread');
const { dataDir, busyMs } = workerData as { dataDir: string; busyMs: number };

// An Error loses its SQLite code on the way between threads; the code is what names the cause.
const failure = (error: unknown): ThreadFailure => ({
  message: error instanceof Error ? error.message : String(error),
  code: errorCode(error),
});
const send = (message: ThreadMessage) => port.postMessage(message);

const file = new OpenFile(dataDir, busyMs, (message) => send({ kind: 'warning', message }));
send({ kind: 'opened', failure: file.tryOpen() });

/** Calls the store's method; SQLite is synchronous, so the call is done by the time it returns. */
async function call(request: Extract<ThreadRequest, { kind: 'call' }>): Promise<unknown> {
  const store = file.stores()[request.store] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const method = store[request.method];
  if (typeof method !== 'function') throw new Error(`no such store method: ${request.store}.${request.method}`);
  return method.apply(store, [...request.args]);
}

// One request at a time, in the order sent: each waits for the one before.
let previous: Promise<unknown> = Promise.resolve();
port.on('message', (request: ThreadRequest) => {
  previous = previous.then(async () => {
    if (request.kind === 'close') {
      file.close();
      send({ kind: 'closed', id: request.id });
      port.close();
      return;
    }
    try {
      send({ kind: 'done', id: request.id, value: await call(request) });
    } catch (error) {
      send({ kind: 'failed', id: request.id, failure: failure(error) });
    }
  });
});
