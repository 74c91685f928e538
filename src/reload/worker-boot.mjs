// The entry point of a worker thread running from the TypeScript sources (the loading worker, the
// insights writer). A worker thread does not inherit `--import tsx`, so it registers tsx itself
// before loading the module that does the work: `workerData.entry`, or the loading worker.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData?.entry ?? './load-worker.ts');
