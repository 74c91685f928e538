// The entry point of a worker thread running from the TypeScript sources (see worker-thread.ts). A
// worker thread does not inherit `--import tsx`, so it registers tsx itself before loading the
// module that does the work, `workerData.entry`.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
